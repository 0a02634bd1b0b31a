package vn.connector.testkit.population;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** One {@code CongDan} element of an answer, written from a persona. */
final class CitizenXml {

  private CitizenXml() {}

  static void write(XMLStreamWriter w, Persona p, Persona head) throws XMLStreamException {
    w.writeStartElement(AnswerWriter.ANSWER_NS, "CongDan");
    leaf(w, "SoDinhDanh", p.soDinhDanh());
    leaf(w, "SoCMND", p.soCMND());
    w.writeStartElement(AnswerWriter.ANSWER_NS, "HoVaTen");
    leaf(w, "Ho", p.ho());
    leaf(w, "ChuDem", p.chuDem());
    leaf(w, "Ten", p.ten());
    w.writeEndElement();
    leaf(w, "GioiTinh", p.gioiTinh());
    leaf(w, "DanToc", p.danToc());
    leaf(w, "TonGiao", p.tonGiao());
    leaf(w, "TinhTrangHonNhan", p.tinhTrangHonNhan());
    leaf(w, "NhomMau", p.nhomMau());
    w.writeStartElement(AnswerWriter.ANSWER_NS, "NgayThangNamSinh");
    leaf(w, "Nam", p.birthYear());
    leaf(w, "NgayThangNam", p.ngayThangNam());
    w.writeEndElement();
    leaf(w, "QuocTich", p.quocTich());
    leaf(w, "SoSoHoKhau", p.soSoHoKhau());
    place(w, "NoiDangKyKhaiSinh", p.noiDangKyKhaiSinh());
    place(w, "QueQuan", p.queQuan());
    place(w, "ThuongTru", p.thuongTru());
    place(w, "NoiOHienTai", p.noiOHienTai());
    kin(w, "Cha", p.cha());
    kin(w, "Me", p.me());
    kin(w, "VoChong", p.voChong());
    kin(w, "NguoiDaiDien", p.nguoiDaiDien());
    if (head != null) {
      w.writeStartElement(AnswerWriter.ANSWER_NS, "ChuHo");
      leaf(w, "QuanHe", p.quanHe());
      leaf(w, "SoDinhDanh", head.soDinhDanh());
      leaf(w, "SoCMND", head.soCMND());
      leaf(w, "HoVaTen", head.hoVaTen());
      w.writeEndElement();
    }
    leaf(w, "MaSoThue", p.maSoThue());
    leaf(w, "ThuDienTu", p.thuDienTu());
    // Not in the contract: real answers carry elements the SDK does not know; it must ignore them.
    leaf(w, "NgayChet", p.ngayChet());
    w.writeEndElement();
  }

  static void leaf(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    if (value != null) {
      w.writeStartElement(AnswerWriter.ANSWER_NS, name);
      w.writeCharacters(value);
      w.writeEndElement();
    }
  }

  private static void place(XMLStreamWriter w, String name, Persona.Place a)
      throws XMLStreamException {
    if (a == null) {
      return;
    }
    w.writeStartElement(AnswerWriter.ANSWER_NS, name);
    leaf(w, "MaTinhThanh", a.maTinhThanh());
    leaf(w, "MaQuanHuyen", a.maQuanHuyen());
    leaf(w, "MaPhuongXa", a.maPhuongXa());
    leaf(w, "ChiTiet", a.chiTiet());
    leaf(w, "QuocGia", a.quocGia());
    w.writeEndElement();
  }

  private static void kin(XMLStreamWriter w, String name, Persona.Kin k) throws XMLStreamException {
    if (k == null) {
      return;
    }
    w.writeStartElement(AnswerWriter.ANSWER_NS, name);
    leaf(w, "HoVaTen", k.hoVaTen());
    leaf(w, "QuocTich", k.quocTich());
    leaf(w, "SoDinhDanh", k.soDinhDanh());
    leaf(w, "SoCMND", k.soCMND());
    w.writeEndElement();
  }
}
