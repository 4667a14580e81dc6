package io.tidings.processor.payload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * A stand-in for the Tidings processor in tests: every type annotated {@link GenerateCodec} is a
 * payload root. Analyses it with {@link Payloads}, reports each problem once (on its element, or on
 * the annotated type when the problem has none), retries deferred roots in the next round, and
 * writes the codecs of the others with {@link JsonCodecWriter}, as the real processor does.
 */
public final class CodecTestProcessor extends AbstractProcessor {
  private Payloads payloads;
  private JsonCodecWriter writer;
  private final Set<String> pending = new LinkedHashSet<>();
  private final Set<PayloadProblem> reported = new HashSet<>();

  /** Every analysis made, for tests that look at them directly. */
  final List<PayloadAnalysis> analyses = new ArrayList<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    payloads = new Payloads(env);
    writer = new JsonCodecWriter(env, payloads);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Claiming @Generated keeps -Xlint:processing quiet about the codecs' own annotation.
    return Set.of(GenerateCodec.class.getCanonicalName(), "javax.annotation.processing.Generated");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<String> roots = new LinkedHashSet<>(pending);
    pending.clear();
    for (Element element : round.getElementsAnnotatedWith(GenerateCodec.class)) {
      roots.add(((TypeElement) element).getQualifiedName().toString());
    }
    for (String name : roots) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      PayloadAnalysis analysis = payloads.analyze(type.asType());
      analyses.add(analysis);
      if (analysis.deferred()) {
        if (round.processingOver()) {
          error("a type " + name + " reaches was never generated", type);
        } else {
          pending.add(name);
        }
        continue;
      }
      for (PayloadProblem problem : analysis.problems()) {
        if (reported.add(problem)) {
          error(problem.message(), problem.element() != null ? problem.element() : type);
        }
      }
      if (analysis.ok()) {
        try {
          writer.writeCodecs(analysis, type);
        } catch (IOException e) {
          error("cannot write the codec: " + e, type);
        }
      }
    }
    return true;
  }

  private void error(String message, Element element) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
