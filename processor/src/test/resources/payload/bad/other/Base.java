package other;

/** A bean superclass in another package whose setter only subclasses may call. */
public class Base {
  private String code;

  public String getCode() {
    return code;
  }

  protected void setCode(String code) {
    this.code = code;
  }
}
