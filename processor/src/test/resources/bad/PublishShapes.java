package bad;

import io.tidings.annotations.Key;
import io.tidings.annotations.Topic;
import io.tidings.runtime.Metadata;
import java.util.concurrent.CompletionStage;
import test.support.Cancelled;
import test.support.Created;

@Topic(name = "shapes")
public interface PublishShapes {
  void nothing(@Key String id);

  void both(@Key String id, Created created, Cancelled secondPayload);

  void twoKeys(@Key String id, @Key String otherKey, Created event);

  String returnsString(@Key String id, Created event);

  CompletionStage<String> returnsStage(@Key String id, Created event);

  void withMetadata(@Key String id, Created event, Metadata metadataParam);

  <T> void generic(@Key String id, Created event);
}
