package io.tidings.benchmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The component filter decides which scenario's consumers a benchmark JVM runs. */
class IsolatedTest {

  @Test
  void showsOnlyTheRegistrationsOfTheNamedSourceTypes() throws Exception {
    ClassLoader loader = Isolated.showing(List.of("MemoryTopic", "MemorySink"));

    assertEquals(
        Set.of("io.tidings.benchmarks.jmh.MemorySink_Dispatcher$Registration", "io.tidings.benchmarks.jmh.MemoryTopic_Publisher$Registration"),
        registrations(loader));
  }

  @Test
  void theRuntimesServiceLoaderReadsTheFilteredList() {
    List<String> found = new ArrayList<>();
    for (io.tidings.runtime.spi.Component component
        : java.util.ServiceLoader.load(io.tidings.runtime.spi.Component.class, Isolated.showing(List.of("StartupTopic", "StartupConsumer")))) {
      found.add(component.getClass().getName());
    }
    assertEquals(
        Set.of("io.tidings.benchmarks.startup.StartupConsumer_Dispatcher$Registration", "io.tidings.benchmarks.startup.StartupTopic_Publisher$Registration"),
        new TreeSet<>(found));
  }

  @Test
  void aNameMatchesOnlyWholeSourceTypes() throws Exception {
    // "Topic" is a suffix of every topic's name but the simple name of none
    assertEquals(Set.of(), registrations(Isolated.showing(List.of("Topic"))));
  }

  @Test
  void withoutTheFilterEveryScenarioIsRegistered() throws Exception {
    Set<String> all = registrations(IsolatedTest.class.getClassLoader());

    assertEquals(true, all.contains("io.tidings.benchmarks.kafka.ConsumeSink_Dispatcher$Registration"), all.toString());
    assertEquals(true, all.contains("io.tidings.benchmarks.jmh.MemorySink_Dispatcher$Registration"), all.toString());
  }

  @Test
  void otherResourcesAndClassesComeFromTheParent() throws Exception {
    ClassLoader loader = Isolated.showing(List.of());

    assertEquals(Isolated.class, loader.loadClass(Isolated.class.getName()));
    assertEquals(
        Collections.list(IsolatedTest.class.getClassLoader().getResources("simplelogger.properties")),
        Collections.list(loader.getResources("simplelogger.properties")));
  }

  private static Set<String> registrations(ClassLoader loader) throws Exception {
    List<String> lines = new ArrayList<>();
    for (URL url : Collections.list(loader.getResources(Isolated.COMPONENTS))) {
      try (InputStream in = url.openStream()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            lines.add(line.trim());
          }
        }
      }
    }
    return new TreeSet<>(lines);
  }
}
