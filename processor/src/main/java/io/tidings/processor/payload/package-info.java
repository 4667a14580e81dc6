/**
 * Payload analysis and JSON codec generation. {@link io.tidings.processor.payload.Payloads} decides
 * whether a payload type and every type it reaches can be encoded (records and JavaBeans of
 * supported field types), describing each one as a {@code PayloadModel}; {@link
 * io.tidings.processor.payload.JsonCodecWriter} writes a {@code <Type>_JsonCodec} for each, against
 * the runtime's {@code io.tidings.runtime.codec.JsonCodec}. Analysis never writes and writing never
 * validates. What the analysis says about a field comes from the processor's one catalogue, {@link
 * io.tidings.processor.diag.Message.PayloadPart}; the analysis returns texts ({@code
 * PayloadProblem}), and the caller decides where and how to report them.
 */
package io.tidings.processor.payload;
