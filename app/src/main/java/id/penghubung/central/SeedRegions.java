package id.penghubung.central;

import id.penghubung.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The training world's regions for the ranking (issue 18): Bangka Belitung (the province, its six
 * regencies and Pangkalpinang, a provincial hospital), Sumatera Barat, Bali and Jawa Timur, each
 * with its Ombudsman office account and institutions of different sizes and handling quality, so a
 * ranking se-Babel is worth showing (Bangka Tengah answers best). Their complaints are seeded by
 * {@link SeedRegionComplaints}; nothing here changes the rest of the world.
 */
final class SeedRegions {
    /**
     * One institution: how many complaints it received over the seeded year, the share of
     * follow-ups it gives on time (the rest late or missing) and of complaints it completes.
     */
    record Institution(Catalog.Agency agency, int volume, int onTimePercent, int completePercent) {
    }

    /** Topics every local government handles, with the unit that handles each. */
    private static final List<String[]> LOCAL_UNITS = List.of(
            new String[] {"jalan", "Dinas Pekerjaan Umum dan Penataan Ruang"},
            new String[] {"ppdb", "Dinas Pendidikan"},
            new String[] {"ktp", "Dinas Kependudukan dan Pencatatan Sipil"},
            new String[] {"sampah", "Dinas Lingkungan Hidup"},
            new String[] {"kesehatan", "Dinas Kesehatan"},
            new String[] {"izin", "Dinas Penanaman Modal dan PTSP"},
            new String[] {"bansos", "Dinas Sosial"},
            new String[] {"transportasi", "Dinas Perhubungan"});

    static final List<Catalog.Province> PROVINCES = List.of(
            new Catalog.Province("19", "Kepulauan Bangka Belitung", List.of(
                    regency("Kota Pangkalpinang", district("Bukit Intan", "Sinar Bulan", "Temberan"),
                            district("Gerunggang", "Kacang Pedang", "Bukit Sari"), district("Taman Sari", "Gedung Nasional", "Kejaksaan")),
                    regency("Kabupaten Bangka", district("Sungailiat", "Sungailiat", "Parit Padang"), district("Belinyu", "Air Asam", "Bukit Ketok")),
                    regency("Kabupaten Bangka Tengah", district("Koba", "Padang Mulia", "Simpang Perlang"),
                            district("Pangkalan Baru", "Dul", "Benteng"), district("Sungai Selan", "Sungai Selan", "Kerantai")),
                    regency("Kabupaten Bangka Barat", district("Muntok", "Sungai Daeng", "Tanjung"), district("Jebus", "Jebus", "Ketap")),
                    regency("Kabupaten Bangka Selatan", district("Toboali", "Tanjung Ketapang", "Teladan"), district("Payung", "Payung", "Irat")),
                    regency("Kabupaten Belitung", district("Tanjung Pandan", "Pangkal Lalang", "Paal Satu"),
                            district("Membalong", "Membalong", "Simpang Rusa")),
                    regency("Kabupaten Belitung Timur", district("Manggar", "Baru", "Lalang"), district("Gantung", "Gantung", "Jangkar Asam"))),
                    -2.13, 106.11),
            new Catalog.Province("13", "Sumatera Barat", List.of(
                    regency("Kota Padang", district("Padang Barat", "Olo", "Belakang Tangsi"), district("Kuranji", "Kalumbuk", "Korong Gadang")),
                    regency("Kota Bukittinggi", district("Guguk Panjang", "Benteng Pasar Atas", "Aur Tajungkang")),
                    regency("Kabupaten Agam", district("Lubuk Basung", "Lubuk Basung", "Geragahan")),
                    regency("Kabupaten Padang Pariaman", district("Nan Sabaris", "Kapalo Koto", "Sungai Sariak"))),
                    -0.95, 100.35),
            new Catalog.Province("51", "Bali", List.of(
                    regency("Kota Denpasar", district("Denpasar Barat", "Dauh Puri", "Padangsambian"), district("Denpasar Selatan", "Sanur", "Sesetan")),
                    regency("Kabupaten Badung", district("Kuta", "Kuta", "Legian"), district("Mengwi", "Kapal", "Abianbase")),
                    regency("Kabupaten Gianyar", district("Ubud", "Ubud", "Peliatan")),
                    regency("Kabupaten Buleleng", district("Buleleng", "Banyuasri", "Kampung Baru"))),
                    -8.65, 115.22));

    /** Jawa Timur is already in the world (its national institutions' complaints); these are its places for the new institutions. */
    static final Catalog.Province JATIM = new Catalog.Province("35", "Jawa Timur", List.of(
            regency("Kota Surabaya", district("Wonokromo", "Jagir", "Darmo"), district("Tegalsari", "Kedungdoro", "Keputran")),
            regency("Kota Malang", district("Lowokwaru", "Tlogomas", "Dinoyo")),
            regency("Kabupaten Sidoarjo", district("Waru", "Waru", "Kureksari")),
            regency("Kabupaten Banyuwangi", district("Giri", "Giri", "Penataban"))),
            -7.25, 112.75);

    static final List<Institution> INSTITUTIONS = List.of(
            // Bangka Belitung: Bangka Tengah first, big and small, on time and late.
            local("pemprov-babel", "Pemerintah Provinsi Kepulauan Bangka Belitung", "19", null, 170, 72, 70),
            local("pemkot-pangkalpinang", "Pemerintah Kota Pangkalpinang", "19", "Kota Pangkalpinang", 130, 80, 75),
            local("pemkab-bangka", "Pemerintah Kabupaten Bangka", "19", "Kabupaten Bangka", 110, 45, 50),
            local("pemkab-bangka-tengah", "Pemerintah Kabupaten Bangka Tengah", "19", "Kabupaten Bangka Tengah", 100, 95, 90),
            local("pemkab-bangka-barat", "Pemerintah Kabupaten Bangka Barat", "19", "Kabupaten Bangka Barat", 45, 86, 80),
            local("pemkab-bangka-selatan", "Pemerintah Kabupaten Bangka Selatan", "19", "Kabupaten Bangka Selatan", 40, 35, 40),
            local("pemkab-belitung", "Pemerintah Kabupaten Belitung", "19", "Kabupaten Belitung", 60, 65, 60),
            local("pemkab-belitung-timur", "Pemerintah Kabupaten Belitung Timur", "19", "Kabupaten Belitung Timur", 30, 88, 85),
            new Institution(new Catalog.Agency("rsud-soekarno-babel", "RSUD Dr. (H.C.) Ir. Soekarno Provinsi Kepulauan Bangka Belitung",
                    "19", Optional.of("Kota Pangkalpinang"), false, List.of(
                            new Catalog.Unit("rsud-soekarno-babel-layanan", "rsud-soekarno-babel", "Bidang Pelayanan Medik", "kesehatan"))),
                    20, 60, 55),
            // Sumatera Barat.
            local("pemprov-sumbar", "Pemerintah Provinsi Sumatera Barat", "13", null, 70, 70, 65),
            local("pemkot-padang", "Pemerintah Kota Padang", "13", "Kota Padang", 80, 58, 55),
            local("pemkot-bukittinggi", "Pemerintah Kota Bukittinggi", "13", "Kota Bukittinggi", 25, 90, 85),
            local("pemkab-agam", "Pemerintah Kabupaten Agam", "13", "Kabupaten Agam", 30, 50, 45),
            // Bali.
            local("pemprov-bali", "Pemerintah Provinsi Bali", "51", null, 60, 78, 70),
            local("pemkot-denpasar", "Pemerintah Kota Denpasar", "51", "Kota Denpasar", 75, 84, 80),
            local("pemkab-badung", "Pemerintah Kabupaten Badung", "51", "Kabupaten Badung", 55, 62, 60),
            local("pemkab-buleleng", "Pemerintah Kabupaten Buleleng", "51", "Kabupaten Buleleng", 25, 40, 45),
            // Jawa Timur.
            local("pemprov-jatim", "Pemerintah Provinsi Jawa Timur", "35", null, 90, 82, 75),
            local("pemkot-surabaya", "Pemerintah Kota Surabaya", "35", "Kota Surabaya", 120, 91, 88),
            local("pemkot-malang", "Pemerintah Kota Malang", "35", "Kota Malang", 50, 66, 60),
            local("pemkab-sidoarjo", "Pemerintah Kabupaten Sidoarjo", "35", "Kabupaten Sidoarjo", 60, 48, 50));

    static final List<Catalog.Account> ACCOUNTS = List.of(
            ombudsman("ombudsman-babel", "Kepulauan Bangka Belitung", "19"),
            ombudsman("ombudsman-sumbar", "Sumatera Barat", "13"),
            ombudsman("ombudsman-bali", "Bali", "51"),
            ombudsman("ombudsman-jatim", "Jawa Timur", "35"),
            new Catalog.Account("penghubung.bangkatengah", "u-bangkatengah", "Penghubung Pemerintah Kabupaten Bangka Tengah",
                    Role.OFFICER, Optional.of("pemkab-bangka-tengah"), Optional.empty()));

    private SeedRegions() {
    }

    static List<Catalog.Agency> agencies() {
        return INSTITUTIONS.stream().map(Institution::agency).toList();
    }

    /** The places of a province id among the regions' (Jawa Timur's new regencies included). */
    static Catalog.Province places(String provinceId) {
        if (provinceId.equals(JATIM.id())) {
            return JATIM;
        }
        return PROVINCES.stream().filter(p -> p.id().equals(provinceId)).findFirst().orElseThrow();
    }

    private static Institution local(String id, String name, String province, String regency, int volume, int onTime, int complete) {
        List<Catalog.Unit> units = new ArrayList<>();
        for (String[] u : LOCAL_UNITS) {
            if (regency == null && u[0].equals("ktp")) {
                continue; // population records are the regencies' and cities' work
            }
            units.add(new Catalog.Unit(id + "-" + u[0], id, u[1], u[0]));
        }
        return new Institution(new Catalog.Agency(id, name, province, Optional.ofNullable(regency), false, List.copyOf(units)),
                volume, onTime, complete);
    }

    private static Catalog.Account ombudsman(String username, String province, String region) {
        return new Catalog.Account(username, "u-" + username, "Ombudsman RI Perwakilan " + province, Role.OMBUDSMAN,
                Optional.empty(), Optional.of(region));
    }

    private static Catalog.Regency regency(String name, Catalog.District... districts) {
        return new Catalog.Regency(name, List.of(districts));
    }

    private static Catalog.District district(String name, String... villages) {
        return new Catalog.District(name, List.of(villages));
    }
}
