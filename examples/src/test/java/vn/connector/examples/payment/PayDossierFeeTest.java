package vn.connector.examples.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.Money;
import vn.connector.payment.VietQr;
import vn.connector.testkit.payment.PaymentPlatformSimulator;

class PayDossierFeeTest {

  @Test
  void paysTheFeeAgainstTheSimulatorAndSavesTheReceipt(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Path receipt = dir.resolve("bien-lai.pdf");

    String qr =
        PayDossierFee.run(
            Optional.empty(), receipt, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(new String(Files.readAllBytes(receipt), StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Status: PAID")
        .contains("VietQR: " + qr);
    assertThat(VietQr.parse(qr).amount()).contains(Money.vnd(50_000));
  }

  /**
   * With a config file the listener binds to {@code payment.callbackHost} and the platform is given
   * {@code payment.callbackUrl}: here a non-loopback address of this machine, which a listener
   * bound to loopback could never be reached on.
   */
  @Test
  void withAConfigFileTheCallbackListensOnTheConfiguredHostAndThePlatformCallsTheConfiguredUrl(
      @TempDir Path dir) throws Exception {
    InetAddress host = nonLoopbackAddress();
    assumeTrue(host != null, "this machine has no non-loopback IPv4 address");
    int port = freePort(host);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (PaymentPlatformSimulator simulator = PaymentPlatformSimulator.start()) {
      Map<String, String> values = new HashMap<>(simulator.connectionInfo());
      values.put("payment.callbackHost", host.getHostAddress());
      values.put("payment.callbackPort", Integer.toString(port));
      values.put(
          "payment.callbackUrl",
          "http://" + host.getHostAddress() + ":" + port + "/payment/confirm");
      values.put("payment.waitFor", "PT10S");
      ReferencePrinted out = new ReferencePrinted();

      Future<String> run =
          pool.submit(
              () ->
                  PayDossierFee.run(
                      Optional.of(ConnectorConfig.of(values)), dir.resolve("bien-lai.pdf"), out));
      simulator.pay(out.reference.get(10, TimeUnit.SECONDS)); // the payer pays on the printed URL
      run.get(20, TimeUnit.SECONDS);

      assertThat(simulator.receivedInits())
          .singleElement()
          .asString()
          .contains("\"return_url\":\"" + values.get("payment.callbackUrl") + "\"");
      assertThat(out.text()).contains("Status: PAID");
    } finally {
      pool.shutdownNow();
    }
  }

  /** Captures the output and hands over the MaThamChieu the program prints. */
  private static final class ReferencePrinted extends PrintStream {
    final CompletableFuture<String> reference = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes;

    ReferencePrinted() {
      this(new ByteArrayOutputStream());
    }

    private ReferencePrinted(ByteArrayOutputStream bytes) {
      super(bytes, true, StandardCharsets.UTF_8);
      this.bytes = bytes;
    }

    @Override
    public void println(String line) {
      super.println(line);
      if (line.startsWith("MaThamChieu ")) {
        reference.complete(line.substring("MaThamChieu ".length(), line.indexOf(',')));
      }
    }

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  private static InetAddress nonLoopbackAddress() throws SocketException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress a : Collections.list(nic.getInetAddresses())) {
          if (a instanceof Inet4Address) {
            return a;
          }
        }
      }
    }
    return null;
  }

  private static int freePort(InetAddress host) throws Exception {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(host, 0));
      return probe.getLocalPort();
    }
  }
}
