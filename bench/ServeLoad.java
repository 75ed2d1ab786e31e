// A bounded load test of `resume serve`: N concurrent clients POST résumés to /render until a
// fixed number of requests is done (or a time limit passes), then it prints throughput, latency
// percentiles and errors. Loopback only. Run with the JDK alone, no build:
//
//   java bench/ServeLoad.java --url http://127.0.0.1:PORT --inputs DIR --clients 8 --requests 2000
//        [--formats pdf,html,docx] [--warmup 100] [--max-seconds 600]
//   java bench/ServeLoad.java --url … --inputs FILE --rounds 200 --sequential
//        (one client: each round POSTs the formats one after another; prints each format's p50 and
//        the p50 of a round's sum)
//
// Requests cycle through the inputs (every .xml/.json file of DIR, sorted) and, for each input,
// through the formats, so 3 formats × 200 inputs is 600 distinct requests.
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

public class ServeLoad {
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--sequential")) {
        options.put("sequential", "true");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        options.put(args[i].substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    URI url = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080"));
    if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "loopback only: " + url.getHost() + " is not this machine's loopback");
    }
    List<Path> inputs = inputs(Path.of(options.getOrDefault("inputs", "resume.xml")));
    List<String> formats =
        Arrays.asList(options.getOrDefault("formats", "pdf,html,docx").split(","));
    List<byte[]> bodies = new ArrayList<>();
    for (Path input : inputs) {
      bodies.add(Files.readAllBytes(input));
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Load load = new Load(client, url, inputs, bodies, formats);
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "0"));
    if (warmup > 0) {
      load.run(Math.min(warmup, 4), warmup, 600, false);
      System.out.printf(Locale.ROOT, "warm-up: %d requests%n", warmup);
    }
    long maxSeconds = Long.parseLong(options.getOrDefault("max-seconds", "600"));
    if (options.containsKey("sequential")) {
      load.sequential(Integer.parseInt(options.getOrDefault("rounds", "100")), maxSeconds);
    } else {
      load.run(
          Integer.parseInt(options.getOrDefault("clients", "8")),
          Integer.parseInt(options.getOrDefault("requests", "2000")),
          maxSeconds,
          true);
    }
  }

  static List<Path> inputs(Path path) throws Exception {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files
          .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  record Sample(String format, long nanos, int status) {}

  static final class Load {
    final HttpClient client;
    final URI url;
    final List<Path> inputs;
    final List<byte[]> bodies;
    final List<String> formats;

    Load(HttpClient client, URI url, List<Path> inputs, List<byte[]> bodies, List<String> formats) {
      this.client = client;
      this.url = url;
      this.inputs = inputs;
      this.bodies = bodies;
      this.formats = formats;
    }

    Sample post(int n) {
      int input = (n / formats.size()) % bodies.size();
      String format = formats.get(n % formats.size());
      String type =
          inputs.get(input).toString().endsWith(".json") ? "application/json" : "application/xml";
      HttpRequest request =
          HttpRequest.newBuilder(url.resolve("/render?format=" + format))
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", type)
              .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(input)))
              .build();
      long start = System.nanoTime();
      int status;
      try {
        HttpResponse<byte[]> response =
            client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        status = response.statusCode();
        if (status == 200 && response.body().length == 0) {
          status = -2; // an empty file is an error too
        }
      } catch (Exception e) {
        status = -1;
      }
      return new Sample(format, System.nanoTime() - start, status);
    }

    void run(int clients, int requests, long maxSeconds, boolean report)
        throws InterruptedException {
      AtomicInteger next = new AtomicInteger();
      long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
      List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
      long start = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Thread thread =
            new Thread(
                () -> {
                  for (int n = next.getAndIncrement();
                      n < requests && System.nanoTime() < deadline;
                      n = next.getAndIncrement()) {
                    samples.add(post(n));
                  }
                });
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!report) {
        return;
      }
      Map<Integer, Integer> statuses = new TreeMap<>();
      samples.forEach(s -> statuses.merge(s.status(), 1, Integer::sum));
      long errors = samples.stream().filter(s -> s.status() != 200).count();
      System.out.printf(
          Locale.ROOT,
          "clients %d, requests %d of %d in %.1f s, errors %d, statuses %s%n",
          clients,
          samples.size(),
          requests,
          seconds,
          errors,
          statuses);
      System.out.printf(
          Locale.ROOT,
          "throughput %.1f requests/s = %.1f résumés/s (%d formats each)%n",
          samples.size() / seconds,
          samples.size() / seconds / formats.size(),
          formats.size());
      System.out.printf(
          Locale.ROOT,
          "latency all: p50 %.1f ms, p99 %.1f ms%n",
          percentile(samples, null, 50),
          percentile(samples, null, 99));
      for (String format : formats) {
        System.out.printf(
            Locale.ROOT,
            "latency %s: p50 %.1f ms, p99 %.1f ms%n",
            format,
            percentile(samples, format, 50),
            percentile(samples, format, 99));
      }
    }

    /** One client, each round every format one after another: each format's p50 and the sum's. */
    void sequential(int rounds, long maxSeconds) {
      long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
      Map<String, List<Long>> times = new ConcurrentHashMap<>();
      List<Long> sums = new ArrayList<>();
      int errors = 0;
      for (int round = 0; round < rounds && System.nanoTime() < deadline; round++) {
        long sum = 0;
        for (int f = 0; f < formats.size(); f++) {
          Sample sample = post(round * formats.size() + f);
          errors += sample.status() == 200 ? 0 : 1;
          times.computeIfAbsent(sample.format(), k -> new ArrayList<>()).add(sample.nanos());
          sum += sample.nanos();
        }
        sums.add(sum);
      }
      System.out.printf(Locale.ROOT, "sequential: %d rounds, errors %d%n", sums.size(), errors);
      for (String format : formats) {
        System.out.printf(
            Locale.ROOT,
            "warm %s: p50 %.1f ms, p99 %.1f ms%n",
            format,
            ms(times.get(format), 50),
            ms(times.get(format), 99));
      }
      System.out.printf(
          Locale.ROOT, "warm sum of %s: p50 %.1f ms%n", String.join("+", formats), ms(sums, 50));
    }

    static double percentile(List<Sample> samples, String format, int p) {
      List<Long> nanos = new ArrayList<>();
      synchronized (samples) {
        for (Sample s : samples) {
          if (format == null || s.format().equals(format)) {
            nanos.add(s.nanos());
          }
        }
      }
      return ms(nanos, p);
    }

    static double ms(List<Long> nanos, int p) {
      if (nanos == null || nanos.isEmpty()) {
        return Double.NaN;
      }
      List<Long> sorted = new ArrayList<>(nanos);
      sorted.sort(null);
      int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
  }
}
