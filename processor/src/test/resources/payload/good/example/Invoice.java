package example;

import io.tidings.processor.payload.GenerateCodec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A JavaBean: getters and setters, an is-getter, an acronym, a public field, an inherited property. */
@GenerateCodec
public class Invoice extends Document {
  private int lines;
  private boolean paid;
  private BigDecimal total;
  private List<LineItem> items;
  private Optional<String> memo;
  private String url;
  private Map<String, Address> shipping;
  private Color color;
  private String xmlValue;
  public String note;

  public int getLines() {
    return lines;
  }

  public void setLines(int lines) {
    this.lines = lines;
  }

  public boolean isPaid() {
    return paid;
  }

  public void setPaid(boolean paid) {
    this.paid = paid;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public void setTotal(BigDecimal total) {
    this.total = total;
  }

  public List<LineItem> getItems() {
    return items;
  }

  public void setItems(List<LineItem> items) {
    this.items = items;
  }

  public Optional<String> getMemo() {
    return memo;
  }

  public void setMemo(Optional<String> memo) {
    this.memo = memo;
  }

  public String getURL() {
    return url;
  }

  public void setURL(String url) {
    this.url = url;
  }

  public Map<String, Address> getShipping() {
    return shipping;
  }

  public void setShipping(Map<String, Address> shipping) {
    this.shipping = shipping;
  }

  public String getXMLValue() {
    return xmlValue;
  }

  public void setXMLValue(String xmlValue) {
    this.xmlValue = xmlValue;
  }

  public Color getColor() {
    return color;
  }

  public Invoice setColor(Color color) {
    this.color = color;
    return this;
  }
}
