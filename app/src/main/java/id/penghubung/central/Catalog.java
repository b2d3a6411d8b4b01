package id.penghubung.central;

import id.penghubung.model.Role;
import id.penghubung.protocol.CategoryNode;
import id.penghubung.protocol.WireAgency;
import id.penghubung.protocol.WireCategory;
import id.penghubung.protocol.WireUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed part of the simulated world: agencies and units, regions, categories, topics and
 * accounts. Names are real Indonesian institutions, provinces (BPS codes) and places.
 */
final class Catalog {
    static final String MAIN_AGENCY = "pemkot-bandung";
    static final String MAIN_REGION = "32";

    record Unit(String id, String agencyId, String name, String topic) {
        WireUnit wire() {
            return new WireUnit(id, agencyId, name);
        }
    }

    /** An agency; area = where its complaints happen: a city, a province, or (empty) the whole country. */
    record Agency(String id, String name, String provinceId, Optional<String> regency, boolean hasAccount, List<Unit> units) {
        WireAgency wire() {
            return new WireAgency(id, name);
        }
    }

    record Regency(String name, List<District> districts) {
    }

    record District(String name, List<String> villages) {
    }

    record Province(String id, String name, List<Regency> regencies, double lat, double lon) {
    }

    record Topic(String file, String categoryId, List<String> agencyIds) {
    }

    record Account(String username, String id, String name, Role role, Optional<String> agencyId, Optional<String> regionId) {
    }

    static final List<Province> PROVINCES = List.of(
            new Province("32", "Jawa Barat", List.of(
                    new Regency("Kota Bandung", List.of(
                            new District("Coblong", List.of("Dago", "Lebakgede", "Sekeloa", "Cipaganti")),
                            new District("Sukajadi", List.of("Pasteur", "Sukabungah", "Cipedes")),
                            new District("Antapani", List.of("Antapani Kidul", "Antapani Tengah", "Antapani Wetan")),
                            new District("Buahbatu", List.of("Margasari", "Cijawura", "Jatisari")),
                            new District("Kiaracondong", List.of("Babakan Sari", "Kebonjayanti", "Sukapura")),
                            new District("Ujungberung", List.of("Pasanggrahan", "Cigending", "Pasirjati")),
                            new District("Cicendo", List.of("Arjuna", "Pasirkaliki", "Husen Sastranegara")))),
                    new Regency("Kabupaten Bandung", List.of(
                            new District("Baleendah", List.of("Andir", "Manggahang")),
                            new District("Soreang", List.of("Pamekaran", "Sekarwangi")))),
                    new Regency("Kabupaten Bogor", List.of(
                            new District("Cibinong", List.of("Pakansari", "Tengah")),
                            new District("Gunung Putri", List.of("Wanaherang", "Bojong Nangka")))),
                    new Regency("Kota Bekasi", List.of(
                            new District("Bekasi Timur", List.of("Margahayu", "Aren Jaya")),
                            new District("Rawalumbu", List.of("Bojong Rawalumbu", "Sepanjang Jaya")))),
                    new Regency("Kota Depok", List.of(new District("Beji", List.of("Kemiri Muka", "Pondok Cina")))),
                    new Regency("Kabupaten Garut", List.of(new District("Tarogong Kidul", List.of("Sukagalih", "Haurpanggung")))),
                    new Regency("Kota Cirebon", List.of(new District("Kejaksan", List.of("Kebonbaru", "Sukapura")))),
                    new Regency("Kabupaten Karawang", List.of(new District("Telukjambe Timur", List.of("Sukaluyu", "Puseurjaya"))))),
                    -6.91, 107.61),
            new Province("33", "Jawa Tengah", List.of(
                    new Regency("Kota Semarang", List.of(
                            new District("Semarang Tengah", List.of("Pekunden", "Miroto", "Sekayu")),
                            new District("Tembalang", List.of("Bulusan", "Sendangmulyo", "Tandang")),
                            new District("Banyumanik", List.of("Srondol Wetan", "Pedalangan")),
                            new District("Pedurungan", List.of("Tlogosari Kulon", "Plamongan Sari")))),
                    new Regency("Kota Surakarta", List.of(new District("Laweyan", List.of("Sondakan", "Purwosari")))),
                    new Regency("Kabupaten Banyumas", List.of(new District("Purwokerto Utara", List.of("Grendeng", "Bobosan"))))),
                    -6.99, 110.42),
            new Province("31", "DKI Jakarta", List.of(
                    new Regency("Kota Jakarta Timur", List.of(new District("Duren Sawit", List.of("Pondok Bambu", "Klender")))),
                    new Regency("Kota Jakarta Selatan", List.of(new District("Tebet", List.of("Manggarai", "Kebon Baru"))))),
                    -6.2, 106.85),
            new Province("35", "Jawa Timur", List.of(
                    new Regency("Kota Surabaya", List.of(new District("Wonokromo", List.of("Jagir", "Darmo")))),
                    new Regency("Kota Malang", List.of(new District("Lowokwaru", List.of("Tlogomas", "Dinoyo"))))),
                    -7.25, 112.75),
            new Province("34", "DI Yogyakarta", List.of(
                    new Regency("Kabupaten Sleman", List.of(new District("Depok", List.of("Caturtunggal", "Condongcatur"))))),
                    -7.78, 110.37),
            new Province("12", "Sumatera Utara", List.of(
                    new Regency("Kota Medan", List.of(new District("Medan Johor", List.of("Pangkalan Masyhur", "Kwala Bekala"))))),
                    3.59, 98.67),
            new Province("73", "Sulawesi Selatan", List.of(
                    new Regency("Kota Makassar", List.of(new District("Panakkukang", List.of("Pandang", "Karampuang"))))),
                    -5.14, 119.42));

    static final List<Agency> AGENCIES = List.of(
            new Agency("pemkot-bandung", "Pemerintah Kota Bandung", "32", Optional.of("Kota Bandung"), true, List.of(
                    new Unit("bdg-dsdabm", "pemkot-bandung", "Dinas Sumber Daya Air dan Bina Marga", "jalan"),
                    new Unit("bdg-dinkes", "pemkot-bandung", "Dinas Kesehatan", "kesehatan"),
                    new Unit("bdg-disdik", "pemkot-bandung", "Dinas Pendidikan", "ppdb"),
                    new Unit("bdg-disdukcapil", "pemkot-bandung", "Dinas Kependudukan dan Pencatatan Sipil", "ktp"),
                    new Unit("bdg-dinsos", "pemkot-bandung", "Dinas Sosial", "bansos"),
                    new Unit("bdg-dpmptsp", "pemkot-bandung", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "izin"),
                    new Unit("bdg-dlh", "pemkot-bandung", "Dinas Lingkungan Hidup", "sampah"),
                    new Unit("bdg-dishub", "pemkot-bandung", "Dinas Perhubungan", "transportasi"),
                    new Unit("bdg-tirtawening", "pemkot-bandung", "Perumda Air Minum Tirtawening", "air"))),
            new Agency("pemprov-jabar", "Pemerintah Provinsi Jawa Barat", "32", Optional.empty(), true, List.of(
                    new Unit("jbr-bmpr", "pemprov-jabar", "Dinas Bina Marga dan Penataan Ruang", "jalan"),
                    new Unit("jbr-disdik", "pemprov-jabar", "Dinas Pendidikan", "ppdb"),
                    new Unit("jbr-dishub", "pemprov-jabar", "Dinas Perhubungan", "transportasi"),
                    new Unit("jbr-dinkes", "pemprov-jabar", "Dinas Kesehatan", "kesehatan"))),
            new Agency("bpjs-kesehatan", "BPJS Kesehatan", "", Optional.empty(), true, List.of(
                    new Unit("bpjs-pelayanan", "bpjs-kesehatan", "Kedeputian Bidang Pelayanan Peserta", "bpjs"),
                    new Unit("bpjs-kc-bandung", "bpjs-kesehatan", "Kantor Cabang Bandung", "bpjs"),
                    new Unit("bpjs-kc-semarang", "bpjs-kesehatan", "Kantor Cabang Semarang", "bpjs"))),
            new Agency("pln", "PT PLN (Persero)", "", Optional.empty(), true, List.of(
                    new Unit("pln-uid-jabar", "pln", "UID Jawa Barat", "listrik"),
                    new Unit("pln-uid-jateng", "pln", "UID Jawa Tengah dan DIY", "listrik"),
                    new Unit("pln-uid-jaya", "pln", "UID Jakarta Raya", "listrik"))),
            new Agency("kemensos", "Kementerian Sosial", "", Optional.empty(), true, List.of(
                    new Unit("kemensos-linjamsos", "kemensos", "Direktorat Jenderal Perlindungan dan Jaminan Sosial", "bansos"),
                    new Unit("kemensos-pusdatin", "kemensos", "Pusat Data dan Informasi Kesejahteraan Sosial", "bansos"))),
            new Agency("pemkot-semarang", "Pemerintah Kota Semarang", "33", Optional.of("Kota Semarang"), true, List.of(
                    new Unit("smg-dpu", "pemkot-semarang", "Dinas Pekerjaan Umum", "jalan"),
                    new Unit("smg-disdik", "pemkot-semarang", "Dinas Pendidikan", "ppdb"),
                    new Unit("smg-disdukcapil", "pemkot-semarang", "Dinas Kependudukan dan Pencatatan Sipil", "ktp"),
                    new Unit("smg-dlh", "pemkot-semarang", "Dinas Lingkungan Hidup", "sampah"),
                    new Unit("smg-pdam", "pemkot-semarang", "Perumda Air Minum Tirta Moedal", "air"),
                    new Unit("smg-dpmptsp", "pemkot-semarang", "Dinas Penanaman Modal dan PTSP", "izin"))),
            // Institutions without accounts here: targets for "bukan wewenang" suggestions and redirects.
            new Agency("kemen-pupr", "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "", Optional.empty(), false, List.of()),
            new Agency("kemen-atrbpn", "Kementerian Agraria dan Tata Ruang/BPN", "", Optional.empty(), false, List.of()),
            new Agency("polda-jabar", "Kepolisian Daerah Jawa Barat", "32", Optional.empty(), false, List.of()),
            new Agency("kai", "PT Kereta Api Indonesia (Persero)", "", Optional.empty(), false, List.of()));

    static final List<Topic> TOPICS = List.of(
            new Topic("jalan", "pu.jalan", List.of("pemkot-bandung", "pemprov-jabar", "pemkot-semarang")),
            new Topic("bpjs", "kesehatan.bpjs", List.of("bpjs-kesehatan")),
            new Topic("ppdb", "pendidikan.ppdb", List.of("pemkot-bandung", "pemprov-jabar", "pemkot-semarang")),
            new Topic("ktp", "kependudukan.ktp", List.of("pemkot-bandung", "pemkot-semarang")),
            new Topic("bansos", "sosial.bansos", List.of("kemensos", "pemkot-bandung")),
            new Topic("izin", "perizinan.bangunan", List.of("pemkot-bandung", "pemkot-semarang")),
            new Topic("air", "utilitas.air", List.of("pemkot-bandung", "pemkot-semarang")),
            new Topic("listrik", "utilitas.listrik", List.of("pln")),
            new Topic("sampah", "lingkungan.sampah", List.of("pemkot-bandung", "pemkot-semarang")),
            new Topic("transportasi", "perhubungan.angkutan", List.of("pemkot-bandung", "pemprov-jabar")),
            new Topic("kesehatan", "kesehatan.layanan", List.of("pemkot-bandung", "pemprov-jabar")));

    static final List<CategoryNode> CATEGORIES = List.of(
            node("pu", "Pekerjaan Umum dan Penataan Ruang", node("pu.jalan", "Jalan, Jembatan dan Drainase")),
            node("kesehatan", "Kesehatan", node("kesehatan.bpjs", "BPJS Kesehatan"), node("kesehatan.layanan", "Pelayanan Fasilitas Kesehatan")),
            node("pendidikan", "Pendidikan", node("pendidikan.ppdb", "Penerimaan Peserta Didik Baru")),
            node("kependudukan", "Kependudukan dan Pencatatan Sipil", node("kependudukan.ktp", "KTP-el, KK dan Akta")),
            node("sosial", "Sosial", node("sosial.bansos", "Bantuan Sosial")),
            node("perizinan", "Perizinan", node("perizinan.bangunan", "Bangunan dan Izin Usaha")),
            node("utilitas", "Utilitas Publik", node("utilitas.air", "Air Bersih"), node("utilitas.listrik", "Listrik")),
            node("lingkungan", "Lingkungan Hidup", node("lingkungan.sampah", "Persampahan")),
            node("perhubungan", "Perhubungan", node("perhubungan.angkutan", "Angkutan Umum, Parkir dan Lalu Lintas")));

    static final List<Account> ACCOUNTS = withRegions(List.of(
            new Account("admin", "u-admin", "Admin LAPOR! Pelatihan", Role.ADMIN, Optional.empty(), Optional.empty()),
            new Account("penghubung", "u-penghubung", "Penghubung Pemerintah Kota Bandung", Role.OFFICER, Optional.of("pemkot-bandung"), Optional.empty()),
            new Account("ombudsman", "u-ombudsman", "Ombudsman RI Perwakilan Jawa Barat", Role.OMBUDSMAN, Optional.empty(), Optional.of(MAIN_REGION)),
            new Account("penghubung.jabar", "u-jabar", "Penghubung Pemerintah Provinsi Jawa Barat", Role.OFFICER, Optional.of("pemprov-jabar"), Optional.empty()),
            new Account("penghubung.bpjs", "u-bpjs", "Penghubung BPJS Kesehatan", Role.OFFICER, Optional.of("bpjs-kesehatan"), Optional.empty()),
            new Account("penghubung.pln", "u-pln", "Penghubung PT PLN (Persero)", Role.OFFICER, Optional.of("pln"), Optional.empty()),
            new Account("penghubung.kemensos", "u-kemensos", "Penghubung Kementerian Sosial", Role.OFFICER, Optional.of("kemensos"), Optional.empty()),
            new Account("penghubung.semarang", "u-semarang", "Penghubung Pemerintah Kota Semarang", Role.OFFICER, Optional.of("pemkot-semarang"), Optional.empty()),
            // --- r7 --- a second officer of the same agency: links and answers one makes, the other sees.
            new Account("penghubung.bandung2", "u-bandung2", "Penghubung Kota Bandung (Diskominfo)", Role.OFFICER, Optional.of("pemkot-bandung"), Optional.empty()),
            // --- h2 --- the atasan who approves Pemkot Bandung's public answers where review is on (decision 0011).
            new Account("atasan", "u-atasan", "Kepala Bagian Pengaduan Kota Bandung", Role.SUPERVISOR, Optional.of("pemkot-bandung"), Optional.empty())));

    private static final Map<String, Agency> AGENCY_BY_ID = new LinkedHashMap<>();
    private static final Map<String, Unit> UNIT_BY_ID = new LinkedHashMap<>();
    private static final Map<String, WireCategory> CATEGORY_BY_ID = new LinkedHashMap<>();
    private static final Map<String, Province> PROVINCE_BY_ID = new LinkedHashMap<>();

    static {
        for (Agency agency : AGENCIES) {
            AGENCY_BY_ID.put(agency.id(), agency);
            agency.units().forEach(u -> UNIT_BY_ID.put(u.id(), u));
        }
        for (CategoryNode root : CATEGORIES) {
            CATEGORY_BY_ID.put(root.id(), new WireCategory(root.id(), root.name(), null));
            root.children().forEach(c -> CATEGORY_BY_ID.put(c.id(), new WireCategory(c.id(), c.name(), root.id())));
        }
        PROVINCES.forEach(p -> PROVINCE_BY_ID.put(p.id(), p));
        // The ranking's regions (issue 18): found by id, never drawn by the rest of the world.
        SeedRegions.agencies().forEach(a -> {
            AGENCY_BY_ID.put(a.id(), a);
            a.units().forEach(u -> UNIT_BY_ID.put(u.id(), u));
        });
        SeedRegions.PROVINCES.forEach(p -> PROVINCE_BY_ID.put(p.id(), p));
    }

    private Catalog() {
    }

    private static List<Account> withRegions(List<Account> accounts) {
        List<Account> all = new ArrayList<>(accounts);
        all.addAll(SeedRegions.ACCOUNTS);
        return List.copyOf(all);
    }

    private static CategoryNode node(String id, String name, CategoryNode... children) {
        return new CategoryNode(id, name, List.of(children));
    }

    static Optional<Agency> agency(String id) {
        return Optional.ofNullable(id).map(AGENCY_BY_ID::get);
    }

    static Optional<Unit> unit(String id) {
        return Optional.ofNullable(id).map(UNIT_BY_ID::get);
    }

    static Optional<WireCategory> category(String id) {
        return Optional.ofNullable(id).map(CATEGORY_BY_ID::get);
    }

    static Optional<Province> province(String id) {
        return Optional.ofNullable(id).map(PROVINCE_BY_ID::get);
    }

    static List<WireUnit> allUnits() {
        List<WireUnit> units = new ArrayList<>();
        AGENCIES.forEach(a -> a.units().forEach(u -> units.add(u.wire())));
        return units;
    }
}
