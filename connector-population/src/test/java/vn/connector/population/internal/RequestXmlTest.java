package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.connector.population.internal.ws.request.NgayThangNamSinhYeuCau;
import vn.connector.population.internal.ws.request.ObjectFactory;
import vn.connector.population.internal.ws.request.YeuCauCongDan;

/** The hand-written request element against JAXB's marshaller, the reference. */
class RequestXmlTest {

  private static final ObjectFactory FACTORY = new ObjectFactory();

  private static String jaxb(JAXBElement<YeuCauCongDan> element) throws Exception {
    Marshaller m = JAXBContext.newInstance(ObjectFactory.class).createMarshaller();
    m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.marshal(element, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String ours(JAXBElement<YeuCauCongDan> element) {
    return new String(RequestXml.write(element), StandardCharsets.UTF_8);
  }

  private static YeuCauCongDan full(String text) {
    YeuCauCongDan w = new YeuCauCongDan();
    w.setMaYeuCau("4f1c-" + text);
    w.setMaDVC("VPCP");
    w.setMaTichHop("037");
    w.setMaCanBo("CB-0042" + text);
    w.setMaDonVi("000.00.01.H56");
    w.setTaiKhoan(text);
    w.setSoDienThoai("0");
    w.setSoDinhDanh("001090012345");
    w.setSoCMND("012345678");
    w.setHoVaTen("Nguyễn Văn An " + text);
    NgayThangNamSinhYeuCau born = new NgayThangNamSinhYeuCau();
    born.setNgayThangNam("19900115");
    w.setNgayThangNamSinh(born);
    return w;
  }

  @Test
  void everyAsciiCharacterAndVietnameseTextAreWrittenAsJaxbWritesThem() throws Exception {
    StringBuilder ascii = new StringBuilder();
    for (char c = 0x01; c < 0x80; c++) {
      ascii.append(c);
    }
    ascii.append(" ỹ Đ \u00A0\uD83D\uDE00");
    String cjkAndEmoji = "漢字 \uD83C\uDDFB\uD83C\uDDF3 ǅ ﬁ";
    for (String text : new String[] {ascii.toString(), "", "a&b<c>d\"e'f", "]]>", cjkAndEmoji}) {
      JAXBElement<YeuCauCongDan> e = FACTORY.createXacThucThongTinCongDan(full(text));
      assertThat(ours(e)).as(text).isEqualTo(jaxb(e));
    }
  }

  @Test
  void everyOperationsElementAndAbsentFieldsAreWrittenAsJaxbWritesThem() throws Exception {
    YeuCauCongDan sparse = new YeuCauCongDan();
    sparse.setMaYeuCau("r-1");
    sparse.setHoVaTen("Bùi Thị Lan");
    NgayThangNamSinhYeuCau year = new NgayThangNamSinhYeuCau();
    year.setNam("1960");
    sparse.setNgayThangNamSinh(year);
    YeuCauCongDan noBirth = full("x");
    noBirth.setNgayThangNamSinh(null);
    for (YeuCauCongDan w : new YeuCauCongDan[] {sparse, noBirth, full("y")}) {
      for (JAXBElement<YeuCauCongDan> e :
          java.util.List.of(
              FACTORY.createTraCuuThongTinCongDan(w),
              FACTORY.createXacThucThongTinCongDan(w),
              FACTORY.createCungCapThongTinHoGiaDinh(w))) {
        assertThat(ours(e)).isEqualTo(jaxb(e));
      }
    }
  }
}
