package shop;

/** A postal address, as a bean. */
public class Address {
  private String city;
  private int zip;

  /** The city. */
  public String getCity() {
    return city;
  }

  /** Sets the city. */
  public void setCity(String city) {
    this.city = city;
  }

  /** The zip code. */
  public int getZip() {
    return zip;
  }

  /** Sets the zip code. */
  public void setZip(int zip) {
    this.zip = zip;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Address a && java.util.Objects.equals(city, a.city) && zip == a.zip;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(city, zip);
  }
}
