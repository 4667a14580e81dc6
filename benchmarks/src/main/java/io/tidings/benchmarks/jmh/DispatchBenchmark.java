package io.tidings.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.tidings.runtime.codec.Codec;
import io.tidings.runtime.codec.Keys;
import io.tidings.runtime.spi.Delivery;
import io.tidings.runtime.spi.Dispatcher;
import io.tidings.runtime.spi.RecordHeader;
import io.tidings.runtime.spi.Route;
import io.tidings.runtime.spi.StandardHeaders;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Calling a consumer method for one record: the generated dispatcher against what a
 * reflection-based framework does ({@link Method#invoke}, a {@link MethodHandle}) and a hand-written
 * direct call, all on the same handler and the same record.
 *
 * <p>A generated dispatcher's only entry point takes a raw {@link Delivery} and decodes it, so the
 * {@code decodeAndDispatch*} variants all do the same work: decode the key and the payload with the
 * same generated codec, then call the method. The {@code dispatch*} variants call the method with an
 * already-decoded payload, which shows the cost of the call itself; {@code decodeOnly} is the decode
 * alone, so {@code decodeAndDispatch* - decodeOnly} estimates each variant's dispatch overhead.
 * Reflection and method handles are resolved once in set-up, as a framework would cache them.
 *
 * <p>{@code decodeAndDispatchReflectivePeer} is what a reflection-based framework does per record at
 * the least: decode with a jackson-databind {@link ObjectReader} created once for the type, then
 * {@link Method#invoke}; it compares the whole generated path (codec and dispatcher) with that.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {
  private DispatchTarget target;
  private Dispatcher dispatcher;
  private int route;
  private Delivery delivery;
  private Codec<Small> codec;
  private Method method;
  private MethodHandle handle;
  private ObjectReader databind;
  private Small decoded;
  private String decodedKey;

  /** Builds the generated dispatcher, the reflective handles and one delivery. */
  @Setup
  public void setUp() throws Exception {
    GeneratedCode generated = GeneratedCode.load();
    target = new DispatchTarget();
    dispatcher = generated.dispatcher(target); // new DispatchTarget_Dispatcher(target)
    codec = generated.codec(Small.class);
    route = routeFor("Small");
    decoded = Small.sample();
    decodedKey = decoded.id();
    delivery =
        new Delivery(
            "bench-dispatch",
            "bench.dispatch",
            0,
            42L,
            1_763_900_000_000L,
            Keys.encode(decodedKey),
            codec.encode(decoded),
            List.of(RecordHeader.utf8(StandardHeaders.EVENT_TYPE, "Small")));
    method = DispatchTarget.class.getMethod("on", Small.class, String.class);
    handle =
        MethodHandles.publicLookup()
            .unreflect(method)
            .asType(MethodType.methodType(void.class, Object.class, Object.class, Object.class));

    databind = new ObjectMapper().readerFor(Small.class);
    Agreement.check("Small decoded by databind", decoded, databind.readValue(delivery.value()));

    dispatcher.dispatch(route, delivery).toCompletableFuture().join();
    Agreement.check("Small", decoded, target.last());
    Agreement.check("the key", decodedKey, target.lastKey());
  }

  private int routeFor(String eventType) {
    for (Route candidate : dispatcher.routes()) {
      if (candidate.eventType().equals(eventType)) {
        return candidate.index();
      }
    }
    throw new IllegalStateException("the generated dispatcher has no route for " + eventType + ": " + dispatcher.routes());
  }

  @Benchmark
  public Object decodeAndDispatchGenerated() throws Exception {
    dispatcher.dispatch(route, delivery);
    return target.last();
  }

  @Benchmark
  public Object decodeAndDispatchDirect() {
    target.on(codec.decode(delivery.value()), Keys.decodeString(delivery.key()));
    return target.last();
  }

  @Benchmark
  public Object decodeAndDispatchMethodHandle() throws Throwable {
    handle.invokeExact((Object) target, (Object) codec.decode(delivery.value()), (Object) Keys.decodeString(delivery.key()));
    return target.last();
  }

  @Benchmark
  public Object decodeAndDispatchReflection() throws Exception {
    method.invoke(target, codec.decode(delivery.value()), Keys.decodeString(delivery.key()));
    return target.last();
  }

  @Benchmark
  public Object decodeAndDispatchReflectivePeer() throws Exception {
    method.invoke(target, databind.readValue(delivery.value()), Keys.decodeString(delivery.key()));
    return target.last();
  }

  @Benchmark
  public void decodeOnly(Blackhole blackhole) {
    blackhole.consume(codec.decode(delivery.value()));
    blackhole.consume(Keys.decodeString(delivery.key()));
  }

  @Benchmark
  public Object dispatchDirect() {
    target.on(decoded, decodedKey);
    return target.last();
  }

  @Benchmark
  public Object dispatchMethodHandle() throws Throwable {
    handle.invokeExact((Object) target, (Object) decoded, (Object) decodedKey);
    return target.last();
  }

  @Benchmark
  public Object dispatchReflection() throws Exception {
    method.invoke(target, decoded, decodedKey);
    return target.last();
  }
}
