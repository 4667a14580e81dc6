package late;

import io.tidings.processor.payload.GenerateCodec;

/** Inherits every property from LaterBase, which another processor generates in the first round. */
@GenerateCodec
public class Heir extends LaterBase {}
