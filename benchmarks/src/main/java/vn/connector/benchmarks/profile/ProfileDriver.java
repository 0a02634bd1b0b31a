package vn.connector.benchmarks.profile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.business.BusinessRegistrySimulator;
import vn.connector.testkit.population.PopulationSimulator;

/**
 * Throwaway profiling driver (issue 16): a loop of one operation at N callers against a loopback
 * stub that answers each path with the bytes the simulator gave the first time. Prints calls/s and
 * caller-thread CPU and allocation per call. Run under JFR to see where the time goes.
 *
 * <p>Arguments: {@code op(find|verify-direct|verify-json) callers seconds}.
 */
public final class ProfileDriver {

  private record Canned(int status, String contentType, byte[] body) {}

  private ProfileDriver() {}

  public static void main(String[] args) throws Exception {
    try {
      drive(args);
    } finally {
      System.exit(0); // the stub's threads would keep the JVM alive after a failure
    }
  }

  private static void drive(String[] args) throws Exception {
    String op = args.length > 0 ? args[0] : "find";
    if (op.equals("cold-direct")) {
      ColdStart.run(java.nio.file.Path.of(args[1]));
      return;
    }
    int callers = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    CallContext context =
        CallContext.of(
            "CB-0042",
            "000.00.01.H56",
            DossierCode.parse("000.00.01.H56-240115-0001"),
            Purpose.DATA_CLEANSING);
    if (op.equals("find")) {
      try (BusinessRegistrySimulator sim = BusinessRegistrySimulator.start()) {
        HttpServer stub = stub(sim.baseUrl());
        URI base = redirect(sim.baseUrl(), stub);
        try (BusinessRegistryClient client =
            sim.clientBuilder()
                .endpoint(base)
                .noCache()
                .auditListener(e -> {})
                .maxConnections(Integer.getInteger("pool", 64))
                .build()) {
          EnterpriseCode code = EnterpriseCode.parse(BusinessRegistrySimulator.ACTIVE);
          run(callers, seconds, () -> client.find(context, code).orElseThrow());
        }
        stub.stop(0);
      }
    } else {
      PopulationProfile profile =
          op.equals("verify-json") ? PopulationProfile.LGSP_JSON : PopulationProfile.DIRECT;
      try (PopulationSimulator sim = PopulationSimulator.builder().requestJournal(false).build()) {
        URI target =
            profile == PopulationProfile.DIRECT ? sim.directEndpoint() : sim.lgspJsonBase();
        HttpServer stub = stub(target);
        CitizenQuery q =
            CitizenQuery.of(
                "001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);
        var builder =
            sim.clientBuilder(profile)
                .endpoint(redirect(target, stub))
                .auditListener(e -> {})
                .maxConnections(Integer.getInteger("pool", 64));
        if (profile == PopulationProfile.DIRECT) {
          // The signature covers the URL: sign the simulator's, which the stub forwards to.
          var c = sim.credentials();
          builder.auth(
              vn.connector.core.Auth.c06SignedBasic(
                  c.user(),
                  vn.connector.core.Secret.of(c.secret()),
                  vn.connector.core.Secret.of(c.apiKey()),
                  c.xRoadClient(),
                  target));
        }
        try (PopulationClient client = builder.build()) {
          run(callers, seconds, () -> client.verify(context, q));
        }
        stub.stop(0);
      }
    }
  }

  private static URI redirect(URI target, HttpServer stub) {
    return URI.create(
        "http://127.0.0.1:"
            + stub.getAddress().getPort()
            + target.getRawPath()
            + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
  }

  /** Answers every path with what the simulator answered it first. */
  private static HttpServer stub(URI target) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Map<String, Canned> canned = new ConcurrentHashMap<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(Executors.newFixedThreadPool(48));
    server.createContext(
        "/",
        ex -> {
          byte[] in = ex.getRequestBody().readAllBytes();
          String key = ex.getRequestMethod() + " " + ex.getRequestURI();
          Canned c = canned.get(key);
          if (c == null) {
            c = forward(target, ex, in);
            canned.put(key, c);
          }
          if (System.getProperty("capture") != null) {
            java.nio.file.Files.write(
                java.nio.file.Path.of(System.getProperty("capture")), c.body());
          }
          ex.getResponseHeaders().set("Content-Type", c.contentType());
          ex.sendResponseHeaders(c.status(), c.body().length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(c.body());
          }
        });
    server.start();
    return server;
  }

  private static Canned forward(URI target, HttpExchange ex, byte[] in) throws java.io.IOException {
    URI to =
        URI.create(
            target.getScheme() + "://" + target.getRawAuthority() + ex.getRequestURI().toString());
    HttpURLConnection c = (HttpURLConnection) to.toURL().openConnection();
    c.setRequestMethod(ex.getRequestMethod());
    ex.getRequestHeaders()
        .forEach(
            (k, v) -> {
              if (k != null
                  && !k.equalsIgnoreCase("Content-Length")
                  && !k.equalsIgnoreCase("Host")
                  && !k.equalsIgnoreCase("Accept-Encoding")) {
                v.forEach(x -> c.addRequestProperty(k, x));
              }
            });
    if (in.length > 0) {
      c.setDoOutput(true);
      c.getOutputStream().write(in);
    }
    int status = c.getResponseCode();
    InputStream body = status >= 400 ? c.getErrorStream() : c.getInputStream();
    byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
    System.err.println(
        "canned " + ex.getRequestURI() + " -> " + status + " " + bytes.length + " B");
    return new Canned(status, String.valueOf(c.getContentType()), bytes);
  }

  private static void run(int callers, int seconds, Runnable call) throws Exception {
    call.run();
    round(callers, Math.max(3, seconds / 3), call, "warm-up");
    round(callers, seconds, call, "measured");
  }

  private static void round(int callers, int seconds, Runnable call, String name) throws Exception {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong calls = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    AtomicLong alloc = new AtomicLong();
    CountDownLatch done = new CountDownLatch(callers);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      Thread t =
          new Thread(
              () -> {
                long c0 = mx.getCurrentThreadCpuTime();
                long a0 = mx.getCurrentThreadAllocatedBytes();
                long n = 0;
                while (!stop.get()) {
                  call.run();
                  n++;
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                alloc.addAndGet(mx.getCurrentThreadAllocatedBytes() - a0);
                calls.addAndGet(n);
                done.countDown();
              },
              "caller-" + i);
      threads.add(t);
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    done.await();
    double s = (System.nanoTime() - start) / 1e9;
    long n = calls.get();
    System.out.printf(
        "%s: %d callers, %.0f calls/s, caller CPU %.1f us/call, alloc %.1f KB/call%n",
        name, callers, n / s, cpu.get() / 1e3 / n, alloc.get() / 1024.0 / n);
  }
}
