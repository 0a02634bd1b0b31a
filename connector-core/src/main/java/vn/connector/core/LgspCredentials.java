package vn.connector.core;

import java.util.Objects;

/**
 * The partner credentials a provincial LGSP issues, sent base64-encoded as JSON in the {@code
 * lgspaccesstoken} header.
 *
 * @param accessKey AccessKey
 * @param secretKey SecretKey
 * @param appName AppName
 * @param partnerCode PartnerCode
 * @param partnerCodeCus PartnerCodeCus
 */
public record LgspCredentials(
    String accessKey, Secret secretKey, String appName, String partnerCode, String partnerCodeCus) {

  public LgspCredentials {
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(partnerCode, "partnerCode");
    Objects.requireNonNull(partnerCodeCus, "partnerCodeCus");
  }

  @Override
  public String toString() {
    return "LgspCredentials[accessKey=" + accessKey + ", secretKey=****, appName=" + appName + "]";
  }
}
