package io.tidings.processor.payload;

import java.io.IOException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/** Placeholder for the JSON codec writer (replaced by the codec branch): writes nothing. */
public final class JsonCodecWriter {

  /** Creates the writer for one processor run. */
  public JsonCodecWriter(ProcessingEnvironment env, Payloads payloads) {}

  /**
   * Writes the JSON codec of {@code analysis.type()} and of every payload type it reaches, once
   * each per processor run, skipping codecs already on the class path.
   */
  public void writeCodecs(PayloadAnalysis analysis, Element originatingElement) throws IOException {}
}
