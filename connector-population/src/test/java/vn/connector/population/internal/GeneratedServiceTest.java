package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.ws.WebServiceClient;
import org.junit.jupiter.api.Test;
import vn.connector.population.internal.ws.DanCuService;

class GeneratedServiceTest {

  @Test
  void generatedServiceNamesTheWsdlOnTheClassPathNotAPathOfTheBuildMachine() {
    WebServiceClient client = DanCuService.class.getAnnotation(WebServiceClient.class);

    // An absolute file: URL here made every build's jar differ (reproducible builds).
    assertThat(client.wsdlLocation()).isEqualTo("classpath:wsdl/dancu.wsdl");
    assertThat(DanCuService.class.getClassLoader().getResource("wsdl/dancu.wsdl")).isNotNull();
  }
}
