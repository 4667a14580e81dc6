package io.tidings.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.tidings.annotations.Format;
import io.tidings.runtime.Receipt;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.spi.Component;
import io.tidings.runtime.spi.ComponentRegistry;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.EventType;
import io.tidings.runtime.spi.PublishChannel;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.Route;
import io.tidings.runtime.spi.TopicDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs what the processor generated, the way the runtime does: through the service file, the
 * registrations, the publisher behind its interface and the dispatcher's routes. The payload codecs
 * are the stand-ins of {@code support/} (the id as UTF-8).
 */
class GeneratedCodeBehaviourTest {
  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    compilation = Sources.compile(Sources.tree("behaviour"));
    assertThat(compilation).succeededWithoutWarnings();
    loader = new CompiledClassLoader(compilation);
  }

  @Test
  void theServiceFileListsBothRegistrations() throws IOException {
    String services = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/io.tidings.runtime.spi.Component")
        .orElseThrow()
        .getCharContent(true)
        .toString();
    assertThat(services).isEqualTo(
        "behaviour.OrderLog_Dispatcher$Registration\nbehaviour.Orders_Publisher$Registration\n");
  }

  @Test
  void theDescriptorSaysWhatTheAnnotationSays() throws Exception {
    TopicDescriptor topic = descriptor();
    assertThat(topic.name()).isEqualTo("shop.orders");
    assertThat(topic.api().getName()).isEqualTo("behaviour.Orders");
    assertThat(topic.partitions()).isEqualTo(4);
    assertThat(topic.format()).isEqualTo(Format.JSON);
    assertThat(topic.replicas()).isEqualTo((short) -1);
    assertThat(topic.retention()).isEqualTo(Duration.ofHours(12));
    assertThat(topic.compacted()).isTrue();
    assertThat(topic.keyType()).isEqualTo(Long.class);
    assertThat(topic.eventTypes().stream().map(EventType::name).toList())
        .containsExactly("Created", "Cancelled")
        .inOrder();
    assertThat(topic.eventType("Created").type().getName()).isEqualTo("test.support.Created");
  }

  @Test
  void aVoidPublishMethodEncodesKeyPayloadAndHeadersAndWaits() throws Exception {
    RecordingChannel channel = new RecordingChannel();
    Object publisher = publisherFor(channel);
    Object open = enumConstant("test.support.Status", "OPEN");
    invoke(publisher, "created", 42L, payload("test.support.Created", "c-1"), open, 3);

    assertThat(channel.sent).hasSize(1);
    Sent sent = channel.sent.get(0);
    assertThat(sent.async).isFalse();
    assertThat(sent.key).isEqualTo(Keys.encode(42L));
    assertThat(sent.eventType).isEqualTo("Created");
    assertThat(new String(sent.value, StandardCharsets.UTF_8)).isEqualTo("c-1");
    assertThat(sent.headers.toString()).isEqualTo("[status=OPEN, attempt=3]");
  }

  @Test
  void anAsyncPublishMethodReturnsTheChannelsFuture() throws Exception {
    RecordingChannel channel = new RecordingChannel();
    Object publisher = publisherFor(channel);
    Object stage = invoke(publisher, "cancelled", 7L, payload("test.support.Cancelled", "x-7"));
    Receipt receipt = ((CompletionStage<?>) stage).toCompletableFuture().thenApply(Receipt.class::cast).join();
    assertThat(receipt.topic()).isEqualTo("shop.orders");
    assertThat(channel.sent.get(0).async).isTrue();
    assertThat(channel.sent.get(0).headers).isEmpty();
  }

  @Test
  void aNullPayloadIsRejectedWithTheMethodAndParameterNamed() throws Exception {
    Object publisher = publisherFor(new RecordingChannel());
    Object open = enumConstant("test.support.Status", "OPEN");
    InvocationTargetException thrown = assertThrows(
        InvocationTargetException.class, () -> invoke(publisher, "created", 1L, null, open, 1));
    assertThat(thrown.getCause()).isInstanceOf(NullPointerException.class);
    assertThat(thrown.getCause()).hasMessageThat().isEqualTo("Orders.created: event must not be null");
  }

  @Test
  void theDispatcherDecodesWhatThePublisherEncodedAndCallsTheMethod() throws Exception {
    RecordingChannel channel = new RecordingChannel();
    Object publisher = publisherFor(channel);
    invoke(publisher, "created", 42L, payload("test.support.Created", "c-1"),
        enumConstant("test.support.Status", "CLOSED"), 5);
    invoke(publisher, "cancelled", 42L, payload("test.support.Cancelled", "c-1"));

    Object consumer = loader.loadClass("behaviour.OrderLog").getConstructor().newInstance();
    Dispatcher dispatcher = dispatcherFor(consumer);
    List<Route> routes = dispatcher.routes();
    assertThat(routes).hasSize(2);
    assertThat(routes.get(0).group()).isEqualTo("log");
    assertThat(routes.get(0).eventType()).isEqualTo("Created");
    assertThat(routes.get(0).index()).isEqualTo(0);
    assertThat(routes.get(0).method()).isEqualTo("OrderLog.on(Created)");
    assertThat(routes.get(0).topic()).isEqualTo(descriptor());
    assertThat(routes.get(1).eventType()).isEqualTo("Cancelled");

    assertThat(dispatcher.dispatch(0, delivery(channel.sent.get(0), 11)).toCompletableFuture().isDone()).isTrue();
    dispatcher.dispatch(1, delivery(channel.sent.get(1), 12)).toCompletableFuture().join();
    @SuppressWarnings("unchecked")
    List<String> seen = (List<String>) consumer.getClass().getField("seen").get(consumer);
    assertThat(seen).containsExactly("c-1 42 CLOSED 5 shop.orders@11", "cancelled c-1").inOrder();

    IllegalArgumentException unknown = assertThrows(
        IllegalArgumentException.class, () -> dispatcher.dispatch(2, delivery(channel.sent.get(0), 13)));
    assertThat(unknown).hasMessageThat().isEqualTo("OrderLog_Dispatcher has no route 2");
  }

  @Test
  void aMissingPrimitiveHeaderIsADecodeFailure() throws Exception {
    Dispatcher dispatcher = dispatcherFor(loader.loadClass("behaviour.OrderLog").getConstructor().newInstance());
    Delivery withoutHeaders = new Delivery(
        "log", "shop.orders", 0, 1, 0, Keys.encode(1L), "c".getBytes(StandardCharsets.UTF_8), List.of());
    io.tidings.runtime.codec.DecodeException thrown =
        assertThrows(io.tidings.runtime.codec.DecodeException.class, () -> dispatcher.dispatch(0, withoutHeaders));
    assertThat(thrown).hasMessageThat().contains("header \"attempt\" is missing");
  }

  // ---- helpers

  private static TopicDescriptor descriptor() throws Exception {
    return (TopicDescriptor) loader.loadClass("behaviour.Orders_Publisher").getField("TOPIC").get(null);
  }

  private static Object publisherFor(PublishChannel channel) throws Exception {
    RecordingRegistry registry = register("behaviour.Orders_Publisher$Registration");
    assertThat(registry.api.getName()).isEqualTo("behaviour.Orders");
    assertThat(registry.topic).isEqualTo(descriptor());
    Object publisher = registry.publisher.apply(channel);
    assertThat(registry.api.isInstance(publisher)).isTrue();
    return publisher;
  }

  private static Dispatcher dispatcherFor(Object consumer) throws Exception {
    RecordingRegistry registry = register("behaviour.OrderLog_Dispatcher$Registration");
    assertThat(registry.consumerType).isEqualTo(consumer.getClass());
    @SuppressWarnings("unchecked")
    Function<Object, ? extends Dispatcher> factory = (Function<Object, ? extends Dispatcher>) registry.dispatcher;
    return factory.apply(consumer);
  }

  private static RecordingRegistry register(String registration) throws Exception {
    Component component = (Component) loader.loadClass(registration).getConstructor().newInstance();
    RecordingRegistry registry = new RecordingRegistry();
    component.register(registry);
    return registry;
  }

  private static Object invoke(Object publisher, String name, Object... arguments) throws Exception {
    Class<?> api = loader.loadClass("behaviour.Orders");
    for (Method method : api.getMethods()) {
      if (method.getName().equals(name)) {
        return method.invoke(publisher, arguments);
      }
    }
    throw new AssertionError("no method " + name);
  }

  private static Object payload(String type, String id) throws Exception {
    return loader.loadClass(type).getConstructor(String.class).newInstance(id);
  }

  private static Object enumConstant(String type, String name) throws Exception {
    for (Object constant : loader.loadClass(type).getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError(name);
  }

  private static Delivery delivery(Sent sent, long offset) {
    List<RecordHeader> headers = new ArrayList<>();
    headers.add(RecordHeader.utf8("tidings-type", sent.eventType));
    headers.addAll(sent.headers);
    return new Delivery("log", "shop.orders", 0, offset, 0, sent.key, sent.value, headers);
  }

  private record Sent(boolean async, byte[] key, String eventType, byte[] value, List<RecordHeader> headers) {}

  private static final class RecordingChannel implements PublishChannel {
    final List<Sent> sent = new ArrayList<>();

    @Override
    public TopicDescriptor topic() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Receipt publish(byte[] key, String eventType, byte[] value, List<RecordHeader> headers) {
      sent.add(new Sent(false, key, eventType, value, headers));
      return new Receipt("shop.orders", 0, sent.size() - 1, Instant.EPOCH);
    }

    @Override
    public CompletableFuture<Receipt> publishAsync(
        byte[] key, String eventType, byte[] value, List<RecordHeader> headers) {
      sent.add(new Sent(true, key, eventType, value, headers));
      return CompletableFuture.completedFuture(new Receipt("shop.orders", 0, sent.size() - 1, Instant.EPOCH));
    }
  }

  private static final class RecordingRegistry implements ComponentRegistry {
    Class<?> api;
    TopicDescriptor topic;
    Function<PublishChannel, ?> publisher;
    Class<?> consumerType;
    Function<?, ? extends Dispatcher> dispatcher;

    @Override
    public <T> void topic(Class<T> api, TopicDescriptor topic, Function<PublishChannel, ? extends T> publisher) {
      this.api = api;
      this.topic = topic;
      this.publisher = publisher;
    }

    @Override
    public <T> void consumer(Class<T> type, Function<? super T, ? extends Dispatcher> dispatcher) {
      this.consumerType = type;
      this.dispatcher = dispatcher;
    }
  }

  /** Loads the classes of a compile-testing compilation, delegating everything else to the test's loader. */
  private static final class CompiledClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClassLoader(Compilation compilation) {
      super(GeneratedCodeBehaviourTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains("/CLASS_OUTPUT/")) {
          String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - 6);
          classes.put(name.replace('/', '.'), file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
