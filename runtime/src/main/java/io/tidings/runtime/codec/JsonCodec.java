package io.tidings.runtime.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The base of every generated JSON codec ({@code BookingCreated_JsonCodec}): turns a payload into
 * UTF-8 JSON and back over one shared Jackson {@code JsonFactory}, borrowing its recycled buffers
 * the way {@code ObjectMapper.writeValueAsBytes} does. A subclass writes and reads one JSON object
 * with {@link Json}'s helpers; this class adds {@code null} handling, the checks around the whole
 * document, and error messages that start with the payload type's name ({@code
 * BookingCreated.seats: expected a number (int), found "three"}).
 *
 * <p>Codecs are stateless and thread-safe; {@link #encode} reuses one Jackson generator and buffer
 * per thread (a buffer grown past 64 KiB is dropped after use). Generated codecs of nested payload types call each other
 * through {@link #read} and {@link #write}, which makes a codec usable wherever {@link Json}
 * expects a {@link Json.Reader} or {@link Json.Writer}.
 *
 * @param <T> the payload type
 */
public abstract class JsonCodec<T> implements Codec<T>, Json.Reader<T>, Json.Writer<T> {
  /**
   * One generator per thread, kept open between payloads and reset after each: creating a Jackson
   * generator and its output buffer costs about as much as writing a small payload.
   */
  private static final ThreadLocal<Encoder> ENCODERS = ThreadLocal.withInitial(Encoder::new);

  private final Class<T> type;
  private final String typeName;

  /** Creates the codec of {@code type}. */
  protected JsonCodec(Class<T> type) {
    this.type = type;
    String name = type.getName();
    String packageName = type.getPackageName();
    this.typeName =
        (packageName.isEmpty() ? name : name.substring(packageName.length() + 1)).replace('$', '.');
  }

  /** The payload type this codec reads and writes. */
  public final Class<T> type() {
    return type;
  }

  /**
   * Encodes a payload as one JSON object in UTF-8.
   *
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if the value holds something JSON cannot represent (a {@code
   *     null} map key, or nesting deeper than Jackson's limit, as a cyclic object graph would be)
   */
  @Override
  public final byte[] encode(T value) {
    if (value == null) {
      throw new NullPointerException("cannot encode a null " + typeName + ": publish a value");
    }
    Encoder encoder = ENCODERS.get();
    if (encoder.busy) {
      return encodeOnce(value); // a payload accessor that encodes another payload
    }
    encoder.busy = true;
    try {
      writeObject(encoder.generator, value);
      encoder.generator.flush();
      return encoder.out.take();
    } catch (IOException | RuntimeException e) {
      ENCODERS.remove(); // the generator is midway through a value: never reuse it
      throw encodeFailure(e);
    } finally {
      encoder.busy = false;
    }
  }

  /** Encodes with a generator of its own, for a call nested in another encoding on the thread. */
  private byte[] encodeOnce(T value) {
    BufferRecycler recycler = Json.FACTORY._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
        writeObject(g, value);
      }
      byte[] bytes = out.toByteArray();
      out.release();
      return bytes;
    } catch (IOException | RuntimeException e) {
      throw encodeFailure(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  private RuntimeException encodeFailure(Exception e) {
    if (e instanceof JsonEncodeProblem problem) {
      return new IllegalArgumentException(typeName + problem.path() + ": " + problem.problem(), e);
    } else if (e instanceof JsonProcessingException processing) {
      return new IllegalArgumentException(
          "cannot encode " + typeName + " as JSON: " + processing.getOriginalMessage(), e);
    } else if (e instanceof IOException) {
      return new IllegalStateException("cannot encode " + typeName + " as JSON", e);
    }
    return (RuntimeException) e;
  }

  /**
   * Decodes one JSON object. Unknown fields are skipped; a missing field is {@code null} ({@code
   * Optional.empty()} for an {@code Optional}) unless it is a primitive.
   *
   * @throws DecodeException naming the type and the field path if the bytes are not JSON, not an
   *     object, or hold a value of the wrong type
   */
  @Override
  public final T decode(byte[] bytes) {
    if (bytes == null) {
      throw new DecodeException(
          typeName + ": the record has no value (null bytes), but a JSON object is expected");
    }
    try (JsonParser p = Json.FACTORY.createParser(bytes)) {
      if (p.nextToken() == null) {
        throw new DecodeException(typeName + ": the value is empty, but a JSON object is expected");
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Json.expected(p, "an object");
      }
      T value = readCreating(p);
      if (p.nextToken() != null) {
        throw new DecodeException(
            typeName
                + ": found "
                + Json.found(p)
                + " after the JSON object (at byte "
                + p.currentTokenLocation().getByteOffset()
                + "), but a record value holds one"
                + " object");
      }
      return value;
    } catch (JsonProblem e) {
      throw new DecodeException(typeName + e.path() + ": " + e.problem(), e);
    } catch (JsonProcessingException e) {
      String path = "";
      if (e.getProcessor() instanceof JsonParser parser) {
        path = Json.pathOf(parser.getParsingContext());
      }
      throw new DecodeException(
          typeName
              + path
              + ": malformed JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new DecodeException(typeName + ": cannot read the JSON: " + e.getMessage(), e);
    }
  }

  /** Writes {@code value} as a JSON object, or JSON {@code null}. */
  @Override
  public final void write(JsonGenerator g, T value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      writeObject(g, value);
    }
  }

  /** Reads the JSON object at the parser's current token, or {@code null} for JSON {@code null}. */
  @Override
  public final T read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw Json.expected(p, "an object (" + typeName + ")");
    }
    return readCreating(p);
  }

  /**
   * Reads the object; a payload constructor or setter that rejects what was read (a record's
   * validation) makes the bytes undecodable, not the consumer broken.
   */
  private T readCreating(JsonParser p) throws IOException {
    try {
      return readObject(p);
    } catch (DecodeException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new JsonProblem(
          Json.pathOf(p.getParsingContext()),
          typeName + " rejected the values read (" + e + ")",
          e);
    }
  }

  /** Writes a non-null value as one JSON object, from its start to its end. */
  protected abstract void writeObject(JsonGenerator g, T value) throws IOException;

  /**
   * Reads one JSON object; the parser is on its {@code START_OBJECT} token and is left on its
   * {@code END_OBJECT} token.
   */
  protected abstract T readObject(JsonParser p) throws IOException;

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  /**
   * A thread's generator and the growable buffer it writes into; used by one {@link #encode} at a
   * time ({@link #busy} sends a nested call to {@link #encodeOnce}).
   */
  private static final class Encoder {
    final Output out = new Output();
    final JsonGenerator generator;
    boolean busy;

    Encoder() {
      try {
        generator = Json.FACTORY.createGenerator(out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a JSON generator", e);
      }
      generator.setRootValueSeparator(null); // payloads follow each other: no space between them
    }
  }

  /**
   * An unsynchronised byte sink whose content is taken, and the sink emptied, after each value.
   * Jackson flushes a payload that fits its own buffer (8,000 bytes) in one write at the end; if
   * that first chunk is under {@link #SINGLE} bytes it is copied once, into an array of its exact
   * length, which {@link #take} returns as it is. Larger chunks, which are usually the first of
   * several, are gathered in {@link #buffer} and copied out, so a large payload never copies its
   * first chunk twice.
   */
  private static final class Output extends OutputStream {
    /** A buffer above this size is dropped after use rather than kept for the thread's lifetime. */
    private static final int KEPT = 64 * 1024;

    /** A first chunk below this size is kept as the value's bytes until a second one arrives. */
    private static final int SINGLE = 4 * 1024;

    private byte[] buffer = new byte[512];
    private int count;
    /** The value's only chunk so far, or {@code null}; never set while {@link #count} is not 0. */
    private byte[] single;

    @Override
    public void write(int b) {
      gather();
      if (count == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (count == 0 && single == null && length < SINGLE) {
        single = Arrays.copyOfRange(bytes, offset, offset + length);
        return;
      }
      gather();
      append(bytes, offset, length);
    }

    /** Moves a single chunk into the buffer, as a second chunk is arriving. */
    private void gather() {
      if (single != null) {
        byte[] chunk = single;
        single = null;
        append(chunk, 0, chunk.length);
      }
    }

    private void append(byte[] bytes, int offset, int length) {
      if (count + length > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + length));
      }
      System.arraycopy(bytes, offset, buffer, count, length);
      count += length;
    }

    byte[] take() {
      if (single != null) {
        byte[] bytes = single;
        single = null;
        return bytes;
      }
      byte[] bytes = Arrays.copyOf(buffer, count);
      count = 0;
      if (buffer.length > KEPT) {
        buffer = new byte[512];
      }
      return bytes;
    }
  }
}
