package example;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.tidings.runtime.codec.JsonCodec;
import java.io.IOException;

/** Stands for a codec that a library already ships: Tidings must not write another. */
public final class Address_JsonCodec extends JsonCodec<Address> {
  public static final Address_JsonCodec INSTANCE = new Address_JsonCodec();

  private Address_JsonCodec() {
    super(Address.class);
  }

  @Override
  protected void writeObject(JsonGenerator g, Address value) throws IOException {
    g.writeStartObject();
    g.writeStringField("shipped", "by a library");
    g.writeEndObject();
  }

  @Override
  protected Address readObject(JsonParser p) throws IOException {
    p.skipChildren();
    return new Address("library", "library", 0);
  }
}
