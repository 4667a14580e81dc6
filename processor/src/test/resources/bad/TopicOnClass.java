package bad;

import io.tidings.annotations.Topic;

@Topic(name = "not-an-interface")
public class TopicOnClass {}
