package example;

/** A bean superclass: its properties are inherited. */
public class Document {
  private String id;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
