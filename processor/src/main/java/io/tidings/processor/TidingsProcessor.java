package io.tidings.processor;

import com.google.auto.service.AutoService;
import io.tidings.processor.payload.SchemaHistory;
import io.tidings.processor.read.AnnotationReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The Tidings annotation processor. It only routes: {@code @Topic} interfaces go to the topic step
 * (publishers and codecs), classes with {@code @Consumes} methods to the consumer step
 * (dispatchers); declarations that refer to types not generated yet wait for the next round; in the
 * last round the service file is written. Each step parses to a model, validates it and writes code.
 */
@AutoService(Processor.class)
public final class TidingsProcessor extends AbstractProcessor {
  private final Consumer<TypeElement> beforeEach;
  private ProcessorContext context;
  private TopicStep topics;
  private ConsumerStep consumers;
  private List<String> deferredTopics = new ArrayList<>();
  private List<String> deferredConsumers = new ArrayList<>();

  /** Creates the processor; javac calls this through {@code ServiceLoader}. */
  public TidingsProcessor() {
    this(element -> {});
  }

  /** For tests: runs {@code beforeEach} (which may throw) before each step handles a declaration. */
  TidingsProcessor(Consumer<TypeElement> beforeEach) {
    this.beforeEach = beforeEach;
  }

  /**
   * Tidings' annotations, and {@code @Generated}: javac's {@code -Xlint:processing} warns about every
   * annotation no processor claims, which would fail {@code -Xlint:all -Werror} builds on the
   * {@code @Generated} of Tidings' own output. Claiming them costs nothing: no other processor acts
   * on them.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        AnnotationReader.TOPIC,
        AnnotationReader.CONSUMES,
        AnnotationReader.KEY,
        AnnotationReader.HEADER,
        AnnotationReader.DECIMAL,
        AvroTopics.AVRO_SCHEMA,
        io.tidings.processor.read.FailureReader.RETRY,
        io.tidings.processor.read.FailureReader.ON_FAILURE,
        "javax.annotation.processing.Generated");
  }

  /** The options of Avro schema evolution; see {@link SchemaHistory}. */
  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SchemaHistory.OPTION_DIRECTORY, SchemaHistory.OPTION_RECORD, SchemaHistory.OPTION_UNRECORDED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    context = new ProcessorContext(env, beforeEach);
    topics = new TopicStep(context);
    consumers = new ConsumerStep(context, topics);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    context.noteRootElements(round.getRootElements());
    if (round.processingOver()) {
      // Declarations still deferred refer to types that never appeared: javac reports those itself.
      context.writeServiceFile();
      return true;
    }
    io.tidings.processor.diag.Report placement = new io.tidings.processor.diag.Report();
    new io.tidings.processor.validate.FailurePlacement(processingEnv.getElementUtils()).check(round, placement);
    placement.printTo(processingEnv.getMessager());
    deferredTopics = topics.process(collect(deferredTopics, topicsIn(round)));
    deferredConsumers = consumers.process(collect(deferredConsumers, consumersIn(round)));
    return true; // see getSupportedAnnotationTypes()
  }

  private List<TypeElement> topicsIn(RoundEnvironment round) {
    TypeElement topic = processingEnv.getElementUtils().getTypeElement(AnnotationReader.TOPIC);
    if (topic == null) {
      return List.of();
    }
    return new ArrayList<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(topic)));
  }

  private List<TypeElement> consumersIn(RoundEnvironment round) {
    TypeElement consumes = processingEnv.getElementUtils().getTypeElement(AnnotationReader.CONSUMES);
    if (consumes == null) {
      return List.of();
    }
    List<TypeElement> classes = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(consumes))) {
      Element owner = method.getEnclosingElement();
      if (owner instanceof TypeElement type && !classes.contains(type)) {
        classes.add(type);
      }
    }
    return classes;
  }

  /** The deferred declarations (looked up again, as javac recommends) followed by this round's new ones. */
  private List<TypeElement> collect(List<String> deferred, List<TypeElement> found) {
    Map<String, TypeElement> all = new LinkedHashMap<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        all.put(name, type);
      }
    }
    for (TypeElement type : found) {
      all.putIfAbsent(type.getQualifiedName().toString(), type);
    }
    return new ArrayList<>(all.values());
  }
}
