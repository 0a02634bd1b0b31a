package vn.connector.civilregistry.internal;

/**
 * The record's field names of one person, by prefix ({@code me}, {@code cha}, {@code chong}, {@code
 * vo}, and {@code nks}, {@code nkt}, {@code nyc} for their papers), joined once: a push joined
 * about fifty of them per record (issue 16).
 */
final class PersonFields {

  static final PersonFields CHILD = new PersonFields("nks");
  static final PersonFields MOTHER = new PersonFields("me");
  static final PersonFields FATHER = new PersonFields("cha");
  static final PersonFields REQUESTER = new PersonFields("nyc");
  static final PersonFields DECEASED = new PersonFields("nkt");
  static final PersonFields HUSBAND = new PersonFields("chong");
  static final PersonFields WIFE = new PersonFields("vo");

  final String fullName;
  final String birthDate;
  final String ethnicity;
  final String otherEthnicity;
  final String nationality;
  final String otherNationality;
  final String residenceAbroad;
  final String residenceType;
  final String residence;
  final String otherDocument;
  final String personalId;
  final String verified;
  final String previousMarriages;
  final String maritalStatus;
  final String maritalStatusType;
  final String confirmationRequest;
  final String confirmationPlace;
  final String documentType;
  final String documentNumber;
  final String documentIssuedOn;
  final String documentIssuedBy;

  private PersonFields(String p) {
    fullName = p + "HoTen";
    birthDate = p + "NgaySinh";
    ethnicity = p + "DanToc";
    otherEthnicity = p + "DanTocKhac";
    nationality = p + "QuocTich";
    otherNationality = p + "QuocTichKhac";
    residenceAbroad = p + "CuTruNuocNgoai";
    residenceType = p + "LoaiCuTru";
    residence = p + "NoiCuTru";
    otherDocument = p + "GiayToKhac";
    personalId = p + "SoDDCN";
    verified = p + "XacThucThongTin";
    previousMarriages = p + "SoLanKH";
    maritalStatus = p + "TinhTrangHonNhan";
    maritalStatusType = p + "LoaiTinhTrangHonNhan";
    confirmationRequest = p + "YeuCauXNTTHN";
    confirmationPlace = p + "NoiXNTTHN";
    documentType = p + "LoaiGiayToTuyThan";
    documentNumber = p + "SoGiayToTuyThan";
    documentIssuedOn = p + "NgayCapGiayToTuyThan";
    documentIssuedBy = p + "NoiCapGiayToTuyThan";
  }
}
