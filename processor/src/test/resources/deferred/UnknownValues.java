package deferred;

import io.tidings.annotations.Consumes;
import io.tidings.annotations.Topic;
import test.support.Created;

/** Annotation values javac cannot resolve: javac reports them, Tidings stays silent. */
public class UnknownValues {
  @Topic(name = NO_SUCH_CONSTANT)
  public interface Unnamed {
    void sent(Created event);
  }

  @Consumes(topic = NoSuchTopic.class, group = "g")
  void on(Created event) {}
}
