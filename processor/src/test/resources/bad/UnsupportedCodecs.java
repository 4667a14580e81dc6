package bad;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Header;
import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import java.time.Instant;
import java.util.List;
import test.support.Created;

public class UnsupportedCodecs {
  @Topic(name = "codecs")
  public interface Codecs {
    void created(@Key Instant instantKey, Created event, @Header("tags") List<String> tagsHeader);
  }

  @Consumes(topic = Codecs.class, group = "g")
  void on(Created event, @Header("at") Instant atHeader) {}
}
