/**
 * The values of the postal connector: orders and their parties, locations in either edition of the
 * administrative-unit list, waybill numbers, tracking events and pages, price queries.
 *
 * <pre>{@code
 * Party desk = new Party("Bộ phận Một cửa UBND phường Ba Đình", "02437334567", null,
 *     "Số 1 Phan Đình Phùng", Location.after2025July(AdministrativeUnitCode.parse("01"),
 *         AdministrativeUnitCode.parse("00004")));
 * }</pre>
 */
package vn.connector.postal.model;
