package vn.connector.springboot;

import java.util.Optional;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import vn.connector.core.ConnectorConfig;
import vn.connector.criminalrecord.VneidInbox;
import vn.connector.criminalrecord.VneidReceiver;
import vn.connector.criminalrecord.model.VneidAnswer;
import vn.connector.payment.ConfirmVerifier;
import vn.connector.payment.PaymentClient;
import vn.connector.payment.model.CallbackAnswer;

/**
 * The national systems' calls into the portal as Spring MVC endpoints, each a thin adapter over the
 * connector's framework-neutral handler, each refusing a body over that handler's limit with 413
 * before reading it: the Payment Platform's CONFIRM ({@code connector.payment.callbackPath},
 * default {@value StarterKeys#DEFAULT_PAYMENT_CALLBACK_PATH}, 64 KiB) and dossiers filed through
 * VNeID ({@code connector.criminal-record.vneidPath}, default {@value
 * StarterKeys#DEFAULT_VNEID_PATH}, 20 MiB, with {@code connector.criminal-record.codeGet} and a
 * {@code VneidInbox} bean).
 *
 * <pre>{@code
 * // application.yml: where the Payment Platform was told to send CONFIRM
 * // connector:
 * //   payment:
 * //     callbackPath: /dvc/thanh-toan/confirm
 * }</pre>
 *
 * <p>The civil registry's inbound side (DVC liên thông) has no endpoint: the province pulls its
 * dossiers ({@code InterlinkedClient.list/fetch/acknowledge}).
 */
@AutoConfiguration(after = ConnectorClientsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
public class ConnectorWebAutoConfiguration {

  /**
   * The cap of {@link ConfirmVerifier#handle} (connector-payment's {@code MAX_CALLBACK_BYTES},
   * internal there; a test keeps the two equal).
   */
  static final int PAYMENT_CONFIRM_MAX_BYTES = 64 * 1024;

  /** CONFIRM from the Payment Platform, applied exactly once by the client's verifier. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(PaymentClient.class)
  @ConditionalOnBean(PaymentClient.class)
  static class PaymentConfirm {
    @Bean
    @ConditionalOnMissingBean(name = "paymentConfirmEndpoint")
    RouterFunction<ServerResponse> paymentConfirmEndpoint(
        PaymentClient client, ConnectorConfig config) {
      ConfirmVerifier verifier = client.confirmVerifier();
      String path =
          config
              .optional(StarterKeys.PAYMENT_CALLBACK_PATH)
              .orElse(StarterKeys.DEFAULT_PAYMENT_CALLBACK_PATH);
      int max = PAYMENT_CONFIRM_MAX_BYTES;
      return RouterFunctions.route()
          .POST(
              path,
              request -> {
                Optional<byte[]> body = InboundBody.read(request.servletRequest(), max);
                if (body.isEmpty()) {
                  return InboundBody.tooLarge(max);
                }
                CallbackAnswer answer = verifier.handle(body.get());
                return InboundBody.answer(answer.contentType(), answer.body());
              })
          .build();
    }
  }

  /** Criminal-record dossiers citizens file through VNeID. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(VneidReceiver.class)
  @ConditionalOnBean(VneidInbox.class)
  @ConditionalOnProperty(prefix = "connector.criminal-record", name = "codeGet")
  static class Vneid {
    @Bean
    @ConditionalOnMissingBean(name = "vneidEndpoint")
    RouterFunction<ServerResponse> vneidEndpoint(VneidInbox inbox, ConnectorConfig config) {
      VneidReceiver receiver = new VneidReceiver(inbox, config.secret(StarterKeys.VNEID_CODE_GET));
      String path = config.optional(StarterKeys.VNEID_PATH).orElse(StarterKeys.DEFAULT_VNEID_PATH);
      int max = VneidReceiver.MAX_BODY_BYTES;
      return RouterFunctions.route()
          .POST(
              path,
              request -> {
                Optional<byte[]> body = InboundBody.read(request.servletRequest(), max);
                if (body.isEmpty()) {
                  return InboundBody.tooLarge(max);
                }
                String codeGet = request.param("CodeGet").orElse(null);
                VneidAnswer answer = receiver.handle(codeGet, body.get());
                return InboundBody.answer(answer.contentType(), answer.body());
              })
          .build();
    }
  }
}
