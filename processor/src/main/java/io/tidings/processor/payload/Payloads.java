package io.tidings.processor.payload;

import com.sun.source.util.Trees;
import io.tidings.processor.diag.Message.PayloadPart;
import io.tidings.processor.payload.PayloadScanner.Edge;
import io.tidings.processor.payload.PayloadScanner.LocalProblem;
import io.tidings.processor.payload.PayloadScanner.Scan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides whether payload types can be encoded: a payload is a record or a JavaBean whose
 * properties (as Jackson derives them by default) have supported types, and so is every payload
 * type it reaches, directly or through {@code Optional}, {@code List}, {@code Set}, {@code
 * Collection} and {@code Map<String, V>}, recursion included. Problems name the field, the type it
 * is in and the path from the payload root, and say how to fix it.
 *
 * <p>Create one per processor initialisation and keep it for every round: results are cached per
 * type (and a deferred result, one that reached a type not generated yet, is recomputed next time).
 * Not thread-safe, like the processor that owns it.
 */
public final class Payloads {
  private final PayloadScanner scanner;
  private final Map<String, Scan> scans = new HashMap<>();
  private final Map<String, List<PayloadProblem>> problems = new HashMap<>();
  private final Map<String, PayloadAnalysis> analyses = new HashMap<>();

  /** Creates the analyser for one processor run. */
  public Payloads(ProcessingEnvironment env) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      trees = null; // not javac (or wrapped): report on every element and let the compiler place it
    }
    Trees sourceTrees = trees;
    this.scanner =
        new PayloadScanner(
            env.getElementUtils(),
            env.getTypeUtils(),
            element -> {
              if (sourceTrees == null) {
                return true;
              }
              try {
                return sourceTrees.getPath(element) != null;
              } catch (RuntimeException e) {
                return false;
              }
            });
  }

  /**
   * Analyses the payload {@code type} and every type it reaches. The same type gives the same
   * analysis (once it is not deferred).
   */
  public PayloadAnalysis analyze(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return new PayloadAnalysis((TypeElement) ((DeclaredType) type).asElement(), true, List.of());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return new PayloadAnalysis(
          null,
          false,
          List.of(new PayloadProblem(null, PayloadPart.NOT_A_PAYLOAD.of(type))));
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement root = (TypeElement) declared.asElement();
    String key = root.getQualifiedName().toString();
    PayloadAnalysis cached = analyses.get(key);
    if (cached != null) {
      return cached;
    }
    PayloadAnalysis analysis = walk(root, declared);
    if (!analysis.deferred()) {
      analyses.put(key, analysis);
    }
    return analysis;
  }

  /**
   * The models of an {@link PayloadAnalysis#ok() ok} payload and of every payload type it reaches,
   * the root first, each once, in a stable order.
   */
  List<PayloadModel> models(PayloadAnalysis analysis) {
    if (!analysis.ok()) {
      throw new IllegalArgumentException(
          "the payload " + analysis.type() + " has problems or is deferred; write no codec for it");
    }
    List<PayloadModel> models = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Queue<TypeElement> queue = new ArrayDeque<>(List.of(analysis.type()));
    while (!queue.isEmpty()) {
      TypeElement type = queue.remove();
      if (seen.add(type.getQualifiedName().toString())) {
        Scan scan = scan(type);
        models.add(scan.model());
        scan.edges().forEach(edge -> queue.add(edge.target()));
      }
    }
    return models;
  }

  private PayloadAnalysis walk(TypeElement root, DeclaredType type) {
    if (PayloadScanner.incomplete(root)) {
      return new PayloadAnalysis(root, true, List.of());
    }
    String rootName = displayName(root);
    String message = null;
    if (!PayloadScanner.isPayloadCandidate(root)) {
      message = PayloadPart.NOT_A_PAYLOAD.of(type);
    } else if (!type.getTypeArguments().isEmpty()) {
      message = PayloadPart.GENERIC_CLASS.of("the payload type", type);
    } else {
      String[] issue = scanner.payloadIssue(root);
      if (issue != null) {
        message = "the payload type " + issue[0] + ": " + issue[1];
      }
    }
    if (message != null) {
      return new PayloadAnalysis(
          root, false, List.of(new PayloadProblem(scanner.reportable(root), message)));
    }
    Set<PayloadProblem> found = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    Queue<Visit> queue = new ArrayDeque<>();
    queue.add(new Visit(root, rootName, List.of()));
    while (!queue.isEmpty()) {
      Visit visit = queue.remove();
      String key = visit.type().getQualifiedName().toString();
      if (!seen.add(key)) {
        continue;
      }
      Scan scan = scan(visit.type());
      if (scan.deferred()) {
        return new PayloadAnalysis(root, true, List.of());
      }
      found.addAll(problems.computeIfAbsent(key, k -> render(visit, scan)));
      for (Edge edge : scan.edges()) {
        List<String> chain = new ArrayList<>(visit.chain());
        chain.add(displayName(visit.type()) + "." + edge.property());
        queue.add(
            new Visit(edge.target(), visit.path() + "." + edge.property() + edge.suffix(), chain));
      }
    }
    return new PayloadAnalysis(root, false, new ArrayList<>(found));
  }

  private Scan scan(TypeElement type) {
    String key = type.getQualifiedName().toString();
    Scan scan = scans.get(key);
    if (scan == null) {
      scan = scanner.scan(type);
      if (!scan.deferred()) {
        scans.put(key, scan);
      }
    }
    return scan;
  }

  private List<PayloadProblem> render(Visit visit, Scan scan) {
    List<PayloadProblem> rendered = new ArrayList<>();
    for (LocalProblem problem : scan.problems()) {
      String path = visit.path() + "." + problem.property();
      String reached = "";
      if (!visit.chain().isEmpty()) {
        List<String> chain = new ArrayList<>(visit.chain());
        chain.add(displayName(visit.type()) + "." + problem.property());
        reached = " (reached through " + String.join(" → ", chain) + ")";
      }
      rendered.add(
          new PayloadProblem(
              problem.element(), path + " " + problem.text() + reached + ": " + problem.fix()));
    }
    return List.copyOf(rendered);
  }

  /** {@code Venue}, or {@code Outer.Venue} for a nested type. */
  static String displayName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement();
        e instanceof TypeElement outer;
        e = e.getEnclosingElement()) {
      name.insert(0, outer.getSimpleName() + ".");
    }
    return name.toString();
  }

  /**
   * A payload type on the walk from the root.
   *
   * @param type the type
   * @param path its JSON path from the root, e.g. {@code BookingCreated.venues[*]}
   * @param chain the properties followed to reach it, e.g. {@code [BookingCreated.venues]}
   */
  private record Visit(TypeElement type, String path, List<String> chain) {}
}
