package vn.connector.testkit.population;

/**
 * A population request as the simulator read it off the wire (SOAP or lgsp-json): exactly one of
 * {@code soDinhDanh}/{@code soCMND}, exactly one of {@code ngayThangNam}/{@code nam}.
 */
record WireQuery(
    String operation,
    String maYeuCau,
    String soDinhDanh,
    String soCMND,
    String hoVaTen,
    String ngayThangNam,
    String nam) {}
