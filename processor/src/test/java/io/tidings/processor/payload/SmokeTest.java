package io.tidings.processor.payload;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void prints() throws Exception {
    Compiled c = Compiled.compile(List.of("good/example/Color.java", "good/example/Scalars.java", "good/example/Address.java", "good/example/Containers.java", "good/example/Invoice.java", "good/example/LineItem.java", "good/example/Document.java", "good/example/Outer.java", "good/example/Tree.java", "good/example/Ping.java", "good/example/Pong.java", "good/example/Empty.java"), "-Xlint:all", "-Werror");
    System.out.println(c.compilation.diagnostics());
    for (JavaFileObject f : c.compilation.generatedSourceFiles()) {
      System.out.println(f.getName());
      System.out.println(f.getCharContent(true));
    }
  }
}
