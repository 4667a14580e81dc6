package bad;

import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import test.support.Created;

@Topic(name = "headers")
public interface Headers {
  void twice(Created event, @Header("trace") String first, @Header("trace") String secondTrace);

  void blank(Created event, @Header(" ") String blankHeader);

  void reserved(Created event, @Header("tidings-type") String reservedHeader);

  void both(Created event, @Key @Header("id") String keyAndHeader);
}
