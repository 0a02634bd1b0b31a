package vn.connector.civilregistry.model;

import java.util.regex.Pattern;

/**
 * A code from one of the civil registry's catalogues (danh mục): ethnicity (dân tộc), nationality
 * (quốc tịch), identity document type (loại giấy tờ tùy thân), residence type (loại cư trú),
 * relationship (quan hệ), registration type (loại đăng ký). The catalogues belong to the ministry
 * and are issued to integrators; the SDK checks the code's shape and passes it through unchanged.
 *
 * <pre>{@code
 * CatalogueCode kinh = CatalogueCode.of("01");
 * }</pre>
 *
 * @param value letters, digits, {@code .}, {@code _} or {@code -}; 1 to 20 characters
 */
public record CatalogueCode(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,20}");

  public CatalogueCode {
    value = Checks.requiredText(value, "catalogueCode", 20);
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "catalogueCode: letters, digits, '.', '_' or '-' only, was '" + value + "'");
    }
  }

  public static CatalogueCode of(String value) {
    return new CatalogueCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
