import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a synthetic kvarter content folder for benchmarks: places with varied opening hours,
 * news articles and recurring events, plus site.yaml, services.yaml and organisations.
 *
 * <pre>
 * java bench/GenerateContent.java --places 1000 --news 9000 --events 1000 --seed 42 --out bench/work/large/content
 * </pre>
 *
 * The output depends only on the arguments: the same arguments write byte-identical files. Each
 * kind of content draws from a random stream of its own, so changing --news does not change the
 * places. Everything is dated around a reference date (--date, default 2026-06-15); build with
 * {@code kvarter build --date} set to the same day so that page counts stay the same whatever
 * day the benchmark runs. Needs Java 17 and nothing else.
 */
public final class GenerateContent {

    /** The first line of the generated site.yaml; the generator only ever replaces folders that carry it. */
    static final String MARKER = "# Synthetic benchmark content written by bench/GenerateContent.java";

    record Options(int places, int news, int events, long seed, Path out, List<String> languages, LocalDate date) {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("GenerateContent: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        try {
            new GenerateContent(options).run();
        } catch (IllegalStateException e) {
            System.err.println("GenerateContent: " + e.getMessage());
            System.exit(1);
        }
    }

    static String usage() {
        return "usage: java bench/GenerateContent.java --places N --news M --events K --seed S --out DIR"
                + " [--languages sv[,en]] [--date YYYY-MM-DD]";
    }

    static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("--places", null);
        values.put("--news", null);
        values.put("--events", null);
        values.put("--seed", "42");
        values.put("--out", null);
        values.put("--languages", "sv");
        values.put("--date", "2026-06-15");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(usage());
                System.exit(0);
            }
            String name = arg;
            String value;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value after " + arg);
            }
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            values.put(name, value);
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getValue() == null) {
                throw new IllegalArgumentException(entry.getKey() + " is required");
            }
        }
        int places = count(values, "--places");
        int news = count(values, "--news");
        int events = count(values, "--events");
        if (places == 0 && events > 0) {
            throw new IllegalArgumentException("events take place at places: give --places 1 or more");
        }
        long seed;
        try {
            seed = Long.parseLong(values.get("--seed"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number");
        }
        List<String> languages = Arrays.stream(values.get("--languages").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (languages.isEmpty() || !languages.get(0).equals("sv")
                || !Set.of("sv", "en").containsAll(languages)) {
            throw new IllegalArgumentException("--languages must be sv or sv,en (the languages kvarter's templates have)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(values.get("--date"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date must be YYYY-MM-DD");
        }
        return new Options(places, news, events, seed, Path.of(values.get("--out")), languages, date);
    }

    private static int count(Map<String, String> values, String name) {
        try {
            int n = Integer.parseInt(values.get(name));
            if (n < 0 || n > 1_000_000) {
                throw new IllegalArgumentException(name + " must be between 0 and 1000000");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    // ---------------------------------------------------------------------------------------
    // Vocabulary: areas, organisations, services, words. All invented for the benchmark.

    record Area(String name, String city, String postalPrefix, double lat, double lon, List<String> streets) {
    }

    static final List<Area> AREAS = List.of(
            new Area("Bergsjön", "Göteborg", "415", 57.7543, 12.0707, List.of("Rymdtorget", "Kosmosgatan", "Atmosfärgatan")),
            new Area("Angered", "Göteborg", "424", 57.7971, 12.0481, List.of("Angereds torg", "Blåregnsgatan", "Gråbergsgatan")),
            new Area("Hammarkullen", "Göteborg", "424", 57.7810, 12.0360, List.of("Hammarkulletorget", "Kanelgatan", "Ingefärsgatan")),
            new Area("Hjällbo", "Göteborg", "424", 57.7684, 12.0231, List.of("Hjällbotorget", "Rörstrandsgatan", "Gustavsbergsgatan")),
            new Area("Biskopsgården", "Göteborg", "418", 57.7302, 11.9183, List.of("Vårväderstorget", "Länsmansgatan", "Fyrklövergatan")),
            new Area("Frölunda", "Göteborg", "421", 57.6522, 11.9131, List.of("Frölunda torg", "Näverlursgatan", "Marconigatan")),
            new Area("Majorna", "Göteborg", "414", 57.6921, 11.9204, List.of("Mariaplan", "Karl Johansgatan", "Allmänna vägen")),
            new Area("Kortedala", "Göteborg", "415", 57.7551, 12.0312, List.of("Kortedala torg", "Aprilgatan", "Julaftonsgatan")),
            new Area("Tynnered", "Göteborg", "421", 57.6402, 11.9004, List.of("Opaltorget", "Briljantgatan", "Smaragdgatan")),
            new Area("Gårdsten", "Göteborg", "424", 57.8052, 12.0171, List.of("Gårdstensvägen", "Kastanjegatan", "Muskotgatan")),
            new Area("Hässelby", "Stockholm", "165", 59.3662, 17.8330, List.of("Hässelby torg", "Maltesholmsvägen", "Riddersviksvägen")),
            new Area("Vårberg", "Stockholm", "127", 59.2761, 17.8901, List.of("Vårbergstorget", "Vårbergsvägen", "Skärholmsgången")),
            new Area("Rinkeby", "Stockholm", "163", 59.3883, 17.9292, List.of("Rinkebytorget", "Skårbygränd", "Kuddbygränd")),
            new Area("Tensta", "Stockholm", "163", 59.3944, 17.9031, List.of("Tenstagången", "Hagbyvägen", "Glömmingegränd")),
            new Area("Skärholmen", "Stockholm", "127", 59.2772, 17.9070, List.of("Skärholmstorget", "Storholmsgatan", "Bredholmsgatan")),
            new Area("Farsta", "Stockholm", "123", 59.2433, 18.0930, List.of("Farstaplan", "Farsta gårdsväg", "Lingvägen")),
            new Area("Södermalm", "Stockholm", "118", 59.3151, 18.0711, List.of("Götgatan", "Hornsgatan", "Ringvägen")),
            new Area("Husby", "Stockholm", "164", 59.4102, 17.9261, List.of("Husby torg", "Edvard Griegsgången", "Trondheimsgatan")),
            new Area("Rosengård", "Malmö", "213", 55.5853, 13.0402, List.of("Amiralsgatan", "Ramels väg", "Ögårdsvägen")),
            new Area("Gottsunda", "Uppsala", "756", 59.8071, 17.6232, List.of("Gottsunda allé", "Valthornsvägen", "Musikvägen")));

    record Organization(String id, String name, String description) {
    }

    static final List<Organization> ORGANIZATIONS = Stream.of(
            new String[] {"Stadsmissionen Väst", "Idéburen organisation som driver mötesplatser och ger stöd i vardagen."},
            new String[] {"Stadsmissionen Öst", "Idéburen organisation med mötesplatser, måltider och rådgivning."},
            new String[] {"Arbetsmarknadsförvaltningen", "Kommunens förvaltning för arbete, praktik och vuxenutbildning."},
            new String[] {"Socialförvaltningen Nordost", "Kommunens sociala verksamhet i de nordöstra stadsdelarna."},
            new String[] {"Socialförvaltningen Sydväst", "Kommunens sociala verksamhet i de sydvästra stadsdelarna."},
            new String[] {"Bostadsbolaget Hemma", "Kommunalt bostadsbolag som upplåter lokaler till mötesplatser."},
            new String[] {"Föreningen Brobyggarna", "Förening som ordnar språkkaféer och läxhjälp med volontärer."},
            new String[] {"Studieförbundet Vidga", "Studieförbund med cirklar, föreläsningar och kurser för vuxna."},
            new String[] {"Näringslivsbolaget", "Stadens bolag för näringsliv som ger råd om eget företagande."},
            new String[] {"Kamratföreningen Steget", "Förening av och för människor som har levt i hemlöshet."},
            new String[] {"Kvinnojouren Lyktan", "Ideell förening som stöder kvinnor och tjejer."},
            new String[] {"Medborgarservice", "Kommunens service som hjälper dig med frågor till myndigheter."})
            .map(o -> new Organization(slug(o[0]), o[0], o[1])).toList();

    record Service(String id, String sv, String en) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("cv-help", "Hjälp med CV", "Help with your CV"),
            new Service("job-search", "Stöd att söka jobb", "Help looking for work"),
            new Service("interview-prep", "Träning inför intervju", "Interview practice"),
            new Service("study-guidance", "Studievägledning", "Study guidance"),
            new Service("entrepreneurship", "Råd om eget företag", "Advice on starting a business"),
            new Service("meals", "Måltider", "Meals"),
            new Service("community", "Gemenskap", "Company and community"),
            new Service("laundry", "Tvätt", "Laundry"),
            new Service("shower", "Dusch", "Shower"),
            new Service("children-activities", "Aktiviteter för barn", "Activities for children"),
            new Service("homework-help", "Läxhjälp", "Homework help"),
            new Service("language-cafe", "Språkkafé", "Language café"),
            new Service("digital-help", "Hjälp med dator och mobil", "Help with computers and phones"),
            new Service("authority-contact", "Stöd i kontakt med myndigheter", "Help with public authorities"),
            new Service("legal-advice", "Juridisk rådgivning", "Legal advice"),
            new Service("budget-advice", "Budget- och skuldrådgivning", "Budget and debt advice"),
            new Service("housing-advice", "Råd om boende", "Housing advice"),
            new Service("conversation-groups", "Samtalsgrupper", "Conversation groups"),
            new Service("peer-support", "Kamratstöd", "Peer support"),
            new Service("meeting-space", "Lokal att träffas i", "A room to meet in"));

    static final String[] PLACE_TYPES = {"hub", "meeting-place", "meeting-place", "meeting-place", "drop-in", "office", "other"};
    static final Map<String, String[]> NAMES_BY_TYPE = Map.of(
            "hub", new String[] {"Jobbhubben", "Framtidshubben", "Studie- och jobbhubben"},
            "meeting-place", new String[] {"Mötesplats", "Träffpunkt", "Kvarterslokalen", "Vardagsrummet"},
            "drop-in", new String[] {"Öppet hus", "Drop-in"},
            "office", new String[] {"Medborgarkontoret", "Kontaktcenter"},
            "other", new String[] {"Föreningshuset", "Kvarterskaféet"});
    static final String[] AUDIENCES = {"everyone", "adults", "youth", "children", "families", "seniors", "women", "newcomers"};
    static final String[] STAFF_LANGUAGES = {"en", "ar", "so", "fa", "ti", "fi", "pl", "es", "de", "fr", "ru", "uk", "tr", "bs"};
    static final String[] FIRST_NAMES = {"Amina", "Bengt", "Carina", "Dawit", "Elin", "Farah", "Göran", "Hodan", "Ivan",
            "Johanna", "Karim", "Lena", "Mohammed", "Nadia", "Olle", "Parisa", "Rasmus", "Sara", "Tesfay", "Ulla"};
    static final String[] LAST_NAMES = {"Andersson", "Berg", "Checkol", "Dahl", "Ek", "Farah", "Hassan", "Holm",
            "Johansson", "Karlsson", "Lind", "Mohamud", "Nilsson", "Omar", "Persson", "Sandberg", "Yilmaz"};

    // Sentences for bodies. {name} is the place, {area} its area, {service} a service label,
    // {org} the organisation, {day} a weekday.
    static final String[] PLACE_SENTENCES = {
            "{name} ligger mitt i {area} och är öppen för alla som bor eller arbetar i området.",
            "Här kan du ta en kopp kaffe, träffa grannar och få stöd av personal som känner området väl.",
            "Du behöver inte boka tid, men vill du prata med någon enskilt kan du ringa innan du kommer.",
            "Verksamheten drivs av {org} tillsammans med föreningar och volontärer i {area}.",
            "Många som kommer hit vill ha hjälp med {service}, och det får du utan kostnad.",
            "Personalen talar flera språk och kan ta hjälp av tolk när det behövs.",
            "Lokalen har ett stort rum med soffor, ett kök och två mindre rum för samtal i lugn och ro.",
            "På {day}ar är det ofta extra mycket folk, så kom gärna tidigt om du vill ha hjälp med något särskilt.",
            "Barn är välkomna tillsammans med en vuxen, och det finns leksaker och böcker i ett hörn av rummet.",
            "Vi har wifi och två datorer som du får låna för att söka jobb eller betala räkningar.",
            "Ingen behöver berätta vem hen är eller varför hen kommer; alla får vara här på samma villkor.",
            "Ibland ordnar vi gemensamma luncher, utflykter och kvällar med musik eller film.",
            "Tipsa gärna oss om vad du saknar i {area}, så försöker vi ordna det tillsammans.",
            "Det går bra att komma ensam, och det finns alltid någon som hälsar dig välkommen.",
            "Har du frågor om {service} kan du också skriva till oss, så svarar vi inom några dagar.",
            "Verksamheten bygger på att besökarna är med och bestämmer vad som ska hända.",
            "Under skolloven har vi ibland andra öppettider, och då står det här på sidan.",
            "Vi samarbetar med skolor, bibliotek och vårdcentralen i {area} så att du slipper springa runt.",
            "Den som vill kan bli volontär och hjälpa till med fika, läxhjälp eller språkträning.",
            "Alla samtal stannar mellan dig och personalen; vi för inga journaler och har tystnadslöfte.",
    };
    static final String[] NEWS_SENTENCES = {
            "Intresset har varit stort redan från första dagen, och fler än väntat har hittat hit.",
            "Verksamheten i {area} har vuxit under året, och nu finns det fler tider att välja mellan.",
            "Medarbetarna berättar att många besökare kommer tillbaka vecka efter vecka.",
            "Satsningen görs av {org} tillsammans med bostadsbolaget och flera föreningar i området.",
            "Det viktigaste är att det är lätt att komma in och fråga, utan krav och utan tidsbokning.",
            "Under våren har vi prövat nya sätt att arbeta, och en del av dem blir nu kvar.",
            "En av besökarna säger att det var här hon fick sitt första svenska arbete.",
            "Projektet följs upp av en forskare som intervjuar både personal och besökare.",
            "Vi har också fått frågor om {service}, och därför utökar vi nu den delen.",
            "Flera av deltagarna har gått vidare till studier, praktik eller anställning.",
            "Lokalen har fått nya möbler, bättre ljus och en hörslinga i det stora rummet.",
            "Det kommer också att finnas personal som talar arabiska, somaliska och tigrinja.",
            "Alla som vill vara med är välkomna, och det kostar ingenting att delta.",
            "Nästa steg är att samla erfarenheterna i en rapport som blir klar efter sommaren.",
            "Besökarna har själva varit med och bestämt vilka aktiviteter som ska finnas.",
            "På eftermiddagarna kommer många unga, och då är det läxhjälp som gäller.",
            "Samarbetet med biblioteket i {area} gör att fler hittar till verksamheten.",
            "Vi vill tacka alla volontärer som har lagt ned många timmar under året.",
            "Målet är att ingen ska behöva stå utan stöd bara för att den inte vet vart den ska vända sig.",
            "Siffrorna visar att antalet besök har ökat med nästan en tredjedel sedan förra året.",
            "Det har också blivit lättare att få hjälp på andra språk än svenska.",
            "Den som vill veta mer kan komma förbi en vardag och prata med personalen.",
    };
    static final String[] EN_SENTENCES = {
            "{name} is in the middle of {area} and open to everyone who lives or works nearby.",
            "You can have a cup of coffee, meet neighbours and get help from staff who know the area well.",
            "You do not need an appointment, but call before you come if you want to talk to someone alone.",
            "It is run by {org} together with local associations and volunteers.",
            "Many visitors come for help with {service}, which is free of charge.",
            "The staff speak several languages and can call an interpreter when needed.",
            "Children are welcome together with an adult.",
            "There is wifi and two computers you may borrow to look for work or pay bills.",
    };
    static final String[] NEWS_TITLES = {
            "{org} öppnar ny mötesplats i {area}",
            "Nya öppettider på {name}",
            "Fler får hjälp med {service} i {area}",
            "Så gick första året för {name}",
            "Sommaröppet på {name}",
            "Volontärer behövs i {area}",
            "Rapport: mötesplatserna når fler",
            "Nu kan du få hjälp på fler språk i {area}",
            "{name} har fått nya lokaler",
            "Föreläsning om arbetsmarknaden i {area}",
    };
    static final String[] NEWS_HEADINGS = {
            "Därför satsar vi", "Så fungerar det", "Det här händer nu", "Vad tycker besökarna?", "Siffrorna bakom",
            "Nästa steg", "Så hittar du hit", "Vill du vara med?", "Bakgrund", "Tre saker att veta",
    };
    static final String[] LIST_ITEMS = {
            "ta med legitimation om du har en", "kom gärna en stund före stängning", "fråga personalen om tolk",
            "ha med dig dina papper från myndigheten", "boka gärna tid för enskilda samtal",
            "barn under tolv år kommer i sällskap med en vuxen", "det finns kaffe och frukt hela dagen",
            "du kan låna dator, skrivare och telefon", "alla aktiviteter är gratis",
            "berätta för oss om du behöver anpassningar", "följ med på en visning av lokalen",
            "anmäl dig till nyhetsbrevet för att få veta mer",
    };
    static final String[] EVENT_KINDS = {
            "Språkkafé", "CV-verkstad", "Läxhjälp", "Föräldraträff", "Stickcafé", "Jobbsökarträff",
            "Samtalsgrupp om ekonomi", "Digital fika", "Frukostmöte", "Öppen föreläsning", "Juridisk rådgivning",
            "Promenadgrupp",
    };
    static final String[] EXCEPTION_REASONS = {
            "Personalen är på utbildning", "Lokalen används för ett stormöte", "Vi deltar i stadsdelens vårfest",
            "Personalmöte hela dagen",
    };
    static final String[] DAY_WORDS = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};

    // ---------------------------------------------------------------------------------------

    /** What a place needs to be linked to, and to host events. */
    record PlaceRef(String id, String name, String type, Area area, Organization organization, List<Service> services,
                    boolean open) {
    }

    private final Options options;
    private final Path out;
    private final LocalDate today;
    private final Map<String, Integer> written = new LinkedHashMap<>();
    private long bytes;

    GenerateContent(Options options) {
        this.options = options;
        this.out = options.out();
        this.today = options.date();
    }

    void run() {
        prepareOutput();
        writeSite();
        writeServices();
        for (Organization organization : ORGANIZATIONS) {
            write("organizations", "organizations/" + organization.id() + ".yaml", organization(organization));
        }
        write("pages", "pages/om-oss.md", aboutPage());
        List<PlaceRef> places = planPlaces(random("places"));
        writePlaces(places, random("place-details"));
        writeNews(places, random("news"));
        writeEvents(places, random("events"));
        System.out.println(summary());
    }

    private Random random(String stream) {
        // one independent, reproducible stream per kind of content
        long mixed = options.seed() * 0x9E3779B97F4A7C15L;
        for (char c : stream.toCharArray()) {
            mixed = (mixed ^ c) * 0x100000001B3L;
        }
        return new Random(mixed);
    }

    /** Empties the content folder of an earlier run; refuses a folder the generator did not write. */
    private void prepareOutput() {
        try {
            if (Files.exists(out)) {
                if (!Files.isDirectory(out)) {
                    throw new IllegalStateException(out + " is not a folder");
                }
                boolean empty;
                try (Stream<Path> children = Files.list(out)) {
                    empty = children.findAny().isEmpty();
                }
                Path site = out.resolve("site.yaml");
                boolean ours = Files.isRegularFile(site) && Files.readString(site, StandardCharsets.UTF_8).startsWith(MARKER);
                if (!empty && !ours) {
                    throw new IllegalStateException(out + " exists and was not written by GenerateContent; choose another --out");
                }
                if (ours) {
                    deleteTree(out);
                }
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void write(String kind, String relative, String text) {
        Path file = out.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            byte[] data = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, data);
            bytes += data.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.merge(kind, 1, Integer::sum);
    }

    private String summary() {
        int files = written.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Wrote %,d files (%.1f MB) to %s:", files, bytes / 1e6, out));
        written.forEach((kind, n) -> text.append(String.format(Locale.ROOT, "%n  %-14s %,d", kind, n)));
        text.append(String.format(Locale.ROOT, "%nSeed %d, reference date %s, languages %s. Build with --date %s.",
                options.seed(), today, String.join(",", options.languages()), today));
        return text.toString();
    }

    // ---------------------------------------------------------------------------------------
    // site.yaml, services.yaml, organisations, the one free page

    private void writeSite() {
        String text = MARKER + "\n"
                + "# " + commandLine() + "\n"
                + "title: Mötesplatser (testdata)\n"
                + "description: Påhittade jobbhubbar, mötesplatser, evenemang och nyheter för att mäta hur snabbt kvarter bygger.\n"
                + "baseUrl: https://bench.example.se/\n"
                + "language: sv\n"
                + "languages: [" + String.join(", ", options.languages()) + "]\n"
                + "timezone: Europe/Stockholm\n"
                + "publisher:\n"
                + "  name: Testredaktionen\n"
                + "  email: info@example.se\n"
                + "  url: https://example.se/\n"
                + "  orgNumber: \"8020000000\"\n"
                + "dataLicense: CC0-1.0\n"
                + "holidays: SE\n"
                + "staleAfterDays: 60\n"
                + "accessibility:\n"
                + "  contact: tillganglighet@example.se\n"
                + "  assessedOn: " + today.minusMonths(2) + "\n"
                + "  knownIssues: []\n";
        write("site", "site.yaml", text);
    }

    private String commandLine() {
        return String.format(Locale.ROOT, "--places %d --news %d --events %d --seed %d --languages %s --date %s",
                options.places(), options.news(), options.events(), options.seed(),
                String.join(",", options.languages()), today);
    }

    private void writeServices() {
        StringBuilder text = new StringBuilder("# Services offered by the generated places.\n");
        for (Service service : SERVICES) {
            text.append(service.id()).append(":\n");
            text.append("  sv: ").append(q(service.sv())).append('\n');
            if (options.languages().contains("en")) {
                text.append("  en: ").append(q(service.en())).append('\n');
            }
        }
        write("services", "services.yaml", text.toString());
    }

    private static String organization(Organization organization) {
        return "name: " + q(organization.name()) + "\n"
                + "url: https://example.se/" + organization.id() + "\n"
                + "email: " + organization.id() + "@example.se\n"
                + "description: " + q(organization.description()) + "\n";
    }

    private static String aboutPage() {
        return "---\ntitle: Om webbplatsen\nmenu: 10\n---\n"
                + "## Testdata\n\n"
                + "Allt på den här webbplatsen är påhittat. Platserna, nyheterna och evenemangen är skrivna av ett program"
                + " för att mäta hur snabbt kvarter bygger en stor webbplats.\n";
    }

    // ---------------------------------------------------------------------------------------
    // places

    /** Names, ids and areas of every place first, so that any body can link to any place. */
    private List<PlaceRef> planPlaces(Random random) {
        List<PlaceRef> places = new ArrayList<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < options.places(); i++) {
            Area area = AREAS.get(random.nextInt(AREAS.size()));
            String type = pick(random, PLACE_TYPES);
            String base = pick(random, NAMES_BY_TYPE.get(type)) + " " + area.name();
            int n = names.merge(base, 1, Integer::sum);
            String name = n == 1 ? base : base + " " + n;
            Organization organization = ORGANIZATIONS.get(random.nextInt(ORGANIZATIONS.size()));
            List<Service> services = sample(random, SERVICES, 2 + random.nextInt(5));
            boolean open = random.nextInt(100) >= 5;
            places.add(new PlaceRef(slug(name), name, type, area, organization, services, open));
        }
        return places;
    }

    private void writePlaces(List<PlaceRef> places, Random random) {
        for (int i = 0; i < places.size(); i++) {
            PlaceRef place = places.get(i);
            write("places", "places/" + place.id() + ".md", place(place, i, places, random));
            if (options.languages().contains("en") && random.nextInt(4) == 0) {
                write("translations", "places/" + place.id() + ".en.md", placeInEnglish(place, random));
            }
        }
    }

    private String place(PlaceRef place, int index, List<PlaceRef> places, Random random) {
        String type = place.type();
        Area area = place.area();
        StringBuilder y = new StringBuilder("---\n");
        y.append("name: ").append(q(place.name())).append('\n');
        y.append("type: ").append(type).append('\n');
        y.append("organization: ").append(place.organization().id()).append('\n');
        List<Organization> partners = new ArrayList<>(sample(random, ORGANIZATIONS, random.nextInt(3)));
        partners.remove(place.organization());
        if (!partners.isEmpty()) {
            y.append("partners: [").append(String.join(", ", partners.stream().map(Organization::id).toList())).append("]\n");
        }
        y.append("summary: ").append(q(summary(place, random))).append('\n');
        String street = pick(random, area.streets()) + " " + (1 + random.nextInt(60));
        y.append("address:\n");
        y.append("  street: ").append(q(street)).append('\n');
        y.append("  postalCode: \"").append(area.postalPrefix()).append(' ')
                .append(String.format(Locale.ROOT, "%02d", 10 + random.nextInt(80))).append("\"\n");
        y.append("  city: ").append(q(area.city())).append('\n');
        y.append("  area: ").append(q(area.name())).append('\n');
        if (random.nextInt(3) == 0) {
            y.append("  detail: ").append(q(pick(random, new String[] {"Entré från gården", "Plan 2, hiss finns",
                    "I källarplanet", "Bredvid biblioteket", "Ingång från torget"}))).append('\n');
        }
        y.append(String.format(Locale.ROOT, "geo: { lat: %.4f, lon: %.4f }%n",
                area.lat() + (random.nextDouble() - 0.5) * 0.02, area.lon() + (random.nextDouble() - 0.5) * 0.03));
        y.append("contact:\n");
        y.append("  email: ").append(place.id()).append("@example.se\n");
        y.append(String.format(Locale.ROOT, "  phone: \"+46 %d %03d %02d %02d\"%n", 8 + random.nextInt(40),
                random.nextInt(1000), random.nextInt(100), random.nextInt(100)));
        y.append("  website: https://example.se/platser/").append(place.id()).append('\n');
        if (random.nextInt(5) == 0) {
            y.append("  form: https://example.se/enkat/").append(place.id()).append('\n');
        }
        y.append(hours(type, random));
        List<Service> services = place.services();
        y.append("services: [").append(String.join(", ", services.stream().map(Service::id).toList())).append("]\n");
        List<String> audiences = sample(random, Arrays.asList(AUDIENCES), 1 + random.nextInt(3));
        y.append("audiences: [").append(String.join(", ", audiences)).append("]\n");
        List<String> languages = new ArrayList<>(List.of("sv"));
        languages.addAll(sample(random, Arrays.asList(STAFF_LANGUAGES), random.nextInt(5)));
        y.append("languages: [").append(String.join(", ", languages)).append("]\n");
        y.append(accessibility(random));
        if (place.open()) {
            y.append("status: ").append(random.nextInt(40) == 0 ? "temporarily-closed" : "open").append('\n');
        } else {
            y.append("status: closed\n");
            PlaceRef successor = successor(places, index, random);
            if (successor != null) {
                y.append("replacedBy: ").append(successor.id()).append('\n');
            }
        }
        if (random.nextInt(20) == 0) {
            y.append("aliases: [/gamla-platser/").append(place.id()).append("/]\n");
        }
        y.append("---\n");
        y.append(placeBody(place, places, random));
        return y.toString();
    }

    private static PlaceRef successor(List<PlaceRef> places, int index, Random random) {
        int start = random.nextInt(places.size());
        for (int k = 0; k < places.size(); k++) {
            PlaceRef candidate = places.get((start + k) % places.size());
            if (candidate.open() && (start + k) % places.size() != index) {
                return candidate;
            }
        }
        return null;
    }

    private static String summary(PlaceRef place, Random random) {
        String first = place.services().get(0).sv();
        String second = place.services().get(1).sv().toLowerCase(Locale.ROOT);
        String[] forms = {
                first + " och " + second + " i " + place.area().name() + ". Välkommen in utan att boka tid.",
                "En plats i " + place.area().name() + " där du kan träffa andra och få stöd med " + second + ".",
                "Drivs av " + place.organization().name() + ". " + first + ", " + second + " och mycket mer.",
        };
        String text = pick(random, forms);
        return text.length() <= 160 ? text : text.substring(0, text.lastIndexOf(' ', 156)) + " ...";
    }

    /** A weekly pattern: rules written as days + time ranges in minutes, shifted a little per place. */
    private String hours(String type, Random random) {
        record Rule(String days, int[][] times) {
        }
        List<Rule> weekly = switch (type.equals("drop-in") && random.nextBoolean() ? 8 : random.nextInt(8)) {
            case 0 -> List.of(new Rule("mo-fr", new int[][] {{540, 1020}}));
            case 1 -> List.of(new Rule("mo-th", new int[][] {{540, 720}, {780, 960}}), new Rule("fr", new int[][] {{540, 720}}));
            case 2 -> List.of(new Rule("mo", new int[][] {{780, 1020}}), new Rule("th", new int[][] {{540, 720}}));
            case 3 -> List.of(new Rule("[tu, th]", new int[][] {{600, 840}}), new Rule("we", new int[][] {{1020, 1200}}));
            case 4 -> List.of(new Rule("mo-fr", new int[][] {{540, 1140}}));
            case 5 -> List.of(new Rule("[mo, we, fr]", new int[][] {{600, 900}}));
            case 6 -> List.of(new Rule("tu-fr", new int[][] {{660, 1080}}), new Rule("sa", new int[][] {{660, 900}}));
            case 7 -> List.of(new Rule("mo-th", new int[][] {{510, 690}, {750, 960}}), new Rule("fr", new int[][] {{510, 720}}));
            default -> List.of(new Rule("[we, th]", new int[][] {{1080, 1320}}), new Rule("fr", new int[][] {{1200, 60}}));
        };
        int shift = 30 * (random.nextInt(3) - 1);
        StringBuilder y = new StringBuilder("hours:\n");
        boolean saturday = false;
        for (Rule rule : weekly) {
            y.append("  - days: ").append(rule.days()).append('\n');
            y.append("    time: ").append(times(rule.times(), shift)).append('\n');
            saturday |= rule.days().contains("sa");
        }
        if (!saturday && random.nextInt(5) == 0) {
            y.append("  - days: sa\n    time: 10:00-14:00\n    audience: families\n");
            y.append("    note: ").append(q("På lördagar är det öppet för barnfamiljer.")).append('\n');
        }
        if (random.nextInt(10) == 0) {
            y.append("  - days: [tu, th]\n    time: 15:00-18:00\n    audience: youth\n");
            y.append("    note: Läxhjälp för unga.\n");
        }
        int season = random.nextInt(20);
        if (season < 5 && !type.equals("drop-in")) {
            y.append("  - days: mo-fr\n    time: 10:00-14:00\n    period: { from: 06-22, to: 08-14 }\n    note: Sommartider\n");
        } else if (season == 5) {
            y.append("  - days: [tu, th]\n    time: [10:00-14:00, 17:00-20:00]\n    period: { from: 11-01, to: 02-28 }\n");
            y.append("    note: Vintertider med kvällsöppet\n");
        }
        y.append("holidays: ").append(type.equals("drop-in") && random.nextBoolean() ? "open" : "closed").append('\n');
        y.append(exceptions(season < 5, random));
        return y.toString();
    }

    private static String times(int[][] ranges, int shift) {
        List<String> parts = new ArrayList<>();
        for (int[] range : ranges) {
            int start = Math.floorMod(range[0] + shift, 1440);
            int end = Math.floorMod(range[1] + shift, 1440);
            parts.add(clock(start) + "-" + (end == 0 ? "24:00" : clock(end)));
        }
        return parts.size() == 1 ? parts.get(0) : "[" + String.join(", ", parts) + "]";
    }

    private static String clock(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    /**
     * Exceptions in windows after the reference date that never overlap: a closed day within two
     * weeks, a summer closure from the third week, a renovation after some months, and the day
     * before Christmas.
     */
    private String exceptions(boolean summerHours, Random random) {
        if (random.nextInt(10) >= 4) {
            return "";
        }
        StringBuilder y = new StringBuilder("exceptions:\n");
        int written = 0;
        if (random.nextBoolean()) {
            y.append("  - date: ").append(today.plusDays(1 + random.nextInt(12))).append('\n');
            y.append("    closed: true\n");
            y.append("    reason: ").append(q(pick(random, EXCEPTION_REASONS))).append('\n');
            written++;
        }
        if (!summerHours && random.nextInt(3) == 0) {
            LocalDate from = today.plusDays(16 + random.nextInt(10));
            y.append("  - from: ").append(from).append("\n    to: ").append(from.plusWeeks(3 + random.nextInt(2))).append('\n');
            y.append("    closed: true\n    reason: Sommarstängt\n");
            written++;
        }
        if (random.nextInt(3) == 0) {
            LocalDate from = today.plusDays(80 + random.nextInt(20));
            y.append("  - from: ").append(from).append("\n    to: ").append(from.plusDays(2 + random.nextInt(8))).append('\n');
            y.append("    closed: true\n    reason: Renovering av lokalen\n");
            written++;
        }
        if (written == 0 || random.nextBoolean()) {
            LocalDate eve = LocalDate.of(today.getYear(), 12, 23);
            y.append("  - date: ").append(eve.isBefore(today.plusDays(120)) ? eve.plusYears(1) : eve).append('\n');
            y.append("    time: 10:00-12:00\n    reason: Kortare öppettider före jul\n");
        }
        return y.toString();
    }

    private static String accessibility(Random random) {
        String entrance = pick(random, new String[] {"step-free", "step-free", "ramp", "steps", "lift", "unknown"});
        StringBuilder y = new StringBuilder("accessibility:\n");
        y.append("  entrance: ").append(entrance).append('\n');
        if (entrance.equals("steps")) {
            y.append("  steps: ").append(1 + random.nextInt(12)).append('\n');
        } else if (!entrance.equals("unknown")) {
            y.append("  steps: 0\n");
        }
        y.append("  toilet: ").append(pick(random, new String[] {"accessible", "accessible", "not-accessible", "none", "unknown"})).append('\n');
        y.append("  hearingLoop: ").append(pick(random, new String[] {"yes", "no", "unknown"})).append('\n');
        if (random.nextInt(3) == 0) {
            y.append("  notes: ").append(q(pick(random, new String[] {
                    "Dörren öppnas med en knapp till vänster om entrén.",
                    "Hissen är smal; ring gärna innan om du använder permobil.",
                    "Det finns två parkeringsplatser för rörelsehindrade utanför.",
                    "Trappan har ledstång på båda sidor."}))).append('\n');
        }
        return y.toString();
    }

    private String placeBody(PlaceRef place, List<PlaceRef> places, Random random) {
        StringBuilder md = new StringBuilder();
        md.append("## Välkommen till ").append(place.name()).append("\n\n");
        md.append(paragraph(PLACE_SENTENCES, 4, place, random)).append("\n\n");
        md.append("## Det här kan du få hjälp med\n\n");
        for (Service service : place.services()) {
            md.append("- ").append(service.sv()).append('\n');
        }
        md.append('\n');
        md.append(paragraph(PLACE_SENTENCES, 3, place, random)).append("\n\n");
        md.append("## I närheten\n\n");
        PlaceRef other = places.get(random.nextInt(places.size()));
        md.append(paragraph(PLACE_SENTENCES, 2, place, random));
        if (!other.id().equals(place.id())) {
            md.append(" Du kan också besöka [").append(other.name()).append("](place:").append(other.id())
                    .append(") i ").append(other.area().name()).append('.');
        }
        md.append(" Läs mer om **").append(place.organization().name()).append("** på [deras webbplats](https://example.se/")
                .append(place.organization().id()).append(").\n\n");
        md.append(paragraph(PLACE_SENTENCES, 3, place, random)).append('\n');
        return md.toString();
    }

    private static String placeInEnglish(PlaceRef place, Random random) {
        String text = "---\n"
                + "summary: " + q("A place in " + place.area().name() + " to meet people and get help with "
                        + place.services().get(0).en().toLowerCase(Locale.ROOT) + ".") + "\n"
                + "---\n"
                + "## Welcome to " + place.name() + "\n\n";
        StringBuilder body = new StringBuilder(text);
        for (int p = 0; p < 3; p++) {
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                sentences.add(fill(pick(random, EN_SENTENCES), place, random, true));
            }
            body.append(String.join(" ", sentences)).append("\n\n");
        }
        return body.toString().stripTrailing() + "\n";
    }

    // ---------------------------------------------------------------------------------------
    // news

    private void writeNews(List<PlaceRef> places, Random random) {
        Set<String> ids = new HashSet<>();
        LocalDate first = today.minusYears(7).withDayOfYear(1);
        int span = (int) (today.toEpochDay() - first.toEpochDay());
        for (int i = 0; i < options.news(); i++) {
            LocalDate date = first.plusDays(random.nextInt(span));
            PlaceRef place = places.isEmpty() ? null : places.get(random.nextInt(places.size()));
            String title = fill(pick(random, NEWS_TITLES), place, random, false);
            String id = slug(title);
            if (id.length() > 60 && id.lastIndexOf('-', 60) > 0) {
                id = id.substring(0, id.lastIndexOf('-', 60));
            }
            String unique = id;
            for (int n = 2; !ids.add(unique); n++) {
                unique = id + "-" + n;
            }
            write("news", "news/" + date + "-" + unique + ".md", news(title, place, places, random));
        }
    }

    private String news(String title, PlaceRef place, List<PlaceRef> places, Random random) {
        List<PlaceRef> related = new ArrayList<>();
        if (place != null) {
            related.add(place);
            for (int k = random.nextInt(3); k > 0; k--) {
                PlaceRef other = places.get(random.nextInt(places.size()));
                if (!related.contains(other)) {
                    related.add(other);
                }
            }
        }
        StringBuilder y = new StringBuilder("---\n");
        y.append("title: ").append(q(title)).append('\n');
        y.append("author: ").append(q(pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES))).append('\n');
        y.append("summary: ").append(q(fill(pick(random, NEWS_SENTENCES), place, random, false))).append('\n');
        if (!related.isEmpty()) {
            y.append("places: [").append(String.join(", ", related.stream().map(PlaceRef::id).toList())).append("]\n");
        }
        y.append("---\n");
        String[] headings = sample(random, Arrays.asList(NEWS_HEADINGS), 3).toArray(String[]::new);
        y.append(paragraph(NEWS_SENTENCES, 5, place, random));
        if (place != null) {
            y.append(" Det gäller [").append(place.name()).append("](place:").append(place.id()).append(") i ")
                    .append(place.area().name()).append('.');
        }
        y.append("\n\n## ").append(headings[0]).append("\n\n");
        y.append(paragraph(NEWS_SENTENCES, 6, place, random)).append(" Det är *helt gratis* att vara med.\n\n");
        for (String item : sample(random, Arrays.asList(LIST_ITEMS), 3 + random.nextInt(3))) {
            y.append("- ").append(capitalize(item)).append('\n');
        }
        y.append("\n## ").append(headings[1]).append("\n\n");
        y.append(paragraph(NEWS_SENTENCES, 6, place, random)).append("\n\n");
        List<String> steps = sample(random, Arrays.asList(LIST_ITEMS), 3 + random.nextInt(2));
        for (int k = 0; k < steps.size(); k++) {
            y.append(k + 1).append(". ").append(capitalize(steps.get(k))).append('\n');
        }
        y.append("\n## ").append(headings[2]).append("\n\n");
        y.append(paragraph(NEWS_SENTENCES, 6, place, random));
        for (int k = 1; k < related.size(); k++) {
            PlaceRef other = related.get(k);
            y.append(" Läs också om [").append(other.name()).append("](place:").append(other.id()).append(").");
        }
        y.append(" Mer finns i **rapporten** på [example.se](https://example.se/rapporter/")
                .append(1000 + random.nextInt(9000)).append(").\n\n");
        y.append(paragraph(NEWS_SENTENCES, 5, place, random)).append('\n');
        return y.toString();
    }

    // ---------------------------------------------------------------------------------------
    // events

    private void writeEvents(List<PlaceRef> places, Random random) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < options.events(); i++) {
            PlaceRef place = places.get(random.nextInt(places.size()));
            String kind = pick(random, EVENT_KINDS);
            String title = kind + " på " + place.name();
            String base = slug(kind + " " + place.area().name());
            int n = ids.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            write("events", "events/" + id + ".md", event(title, kind, place, random));
        }
    }

    private String event(String title, String kind, PlaceRef place, Random random) {
        LocalDate day = today.plusDays(random.nextInt(240) - 120);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        boolean monthly = random.nextInt(7) == 0;
        if (monthly && day.getDayOfMonth() > 28) {
            day = day.withDayOfMonth(28);
        }
        String start = clock(pick(random, new Integer[] {600, 780, 900, 1050}));
        StringBuilder y = new StringBuilder("---\n");
        y.append("title: ").append(q(title)).append('\n');
        y.append("place: ").append(place.id()).append('\n');
        y.append("organization: ").append(place.organization().id()).append('\n');
        y.append("start: ").append(day).append('T').append(start).append('\n');
        if (random.nextBoolean()) {
            y.append("duration: ").append(pick(random, new String[] {"1h", "90m", "2h", "1h30m", "3h"})).append('\n');
        } else {
            y.append("end: ").append(day).append('T').append(clock(Integer.parseInt(start.substring(0, 2)) * 60
                    + Integer.parseInt(start.substring(3)) + 120)).append('\n');
        }
        int every = monthly ? 1 : 1 + random.nextInt(4);
        String unit = monthly ? "months" : "weeks";
        List<LocalDate> occurrences = new ArrayList<>();
        if (random.nextInt(5) < 3) {
            int count = 4 + random.nextInt(17);
            y.append("repeat: { every: ").append(every).append(' ').append(unit).append(", count: ").append(count).append(" }\n");
            for (int k = 0; k < count; k++) {
                occurrences.add(monthly ? day.plusMonths(k) : day.plusWeeks((long) k * every));
            }
        } else {
            LocalDate until = day.plusWeeks(6 + random.nextInt(30));
            y.append("repeat: { every: ").append(every).append(' ').append(unit).append(", until: ").append(until).append(" }\n");
            for (int k = 0; ; k++) {
                LocalDate next = monthly ? day.plusMonths(k) : day.plusWeeks((long) k * every);
                if (next.isAfter(until)) {
                    break;
                }
                occurrences.add(next);
            }
        }
        if (occurrences.size() > 2 && random.nextInt(10) < 3) {
            List<LocalDate> skip = sample(random, occurrences.subList(1, occurrences.size()), 1 + random.nextInt(2));
            y.append("skip: [").append(String.join(", ", skip.stream().sorted().map(LocalDate::toString).toList())).append("]\n");
        }
        if (random.nextInt(10) < 3) {
            y.append("registration: https://example.se/boka/").append(slug(kind)).append('\n');
        }
        y.append("audiences: [").append(String.join(", ", sample(random, Arrays.asList(AUDIENCES), 1 + random.nextInt(2)))).append("]\n");
        y.append("cancelled: ").append(random.nextInt(20) == 0).append('\n');
        y.append("---\n");
        y.append("## ").append(kind).append(" i ").append(place.area().name()).append("\n\n");
        y.append("Välkommen till ").append(kind.toLowerCase(Locale.ROOT)).append(" på [").append(place.name())
                .append("](place:").append(place.id()).append("). ")
                .append(paragraph(PLACE_SENTENCES, 3, place, random)).append("\n\n");
        for (String item : sample(random, Arrays.asList(LIST_ITEMS), 3)) {
            y.append("- ").append(capitalize(item)).append('\n');
        }
        y.append('\n').append(paragraph(PLACE_SENTENCES, 2, place, random)).append('\n');
        return y.toString();
    }

    // ---------------------------------------------------------------------------------------
    // text helpers

    private static String paragraph(String[] bank, int sentences, PlaceRef place, Random random) {
        List<String> parts = new ArrayList<>();
        for (String sentence : sample(random, Arrays.asList(bank), sentences)) {
            parts.add(fill(sentence, place, random, false));
        }
        return String.join(" ", parts);
    }

    private static String fill(String template, PlaceRef place, Random random, boolean english) {
        if (place == null) {
            return template.replace("{name}", "mötesplatsen").replace("{area}", "staden")
                    .replace("{org}", "kommunen").replace("{service}", "vardagen");
        }
        Service service = place.services().get(random.nextInt(place.services().size()));
        String label = english ? service.en() : service.sv();
        return template.replace("{name}", place.name())
                .replace("{area}", place.area().name())
                .replace("{org}", place.organization().name())
                .replace("{service}", label.toLowerCase(Locale.ROOT))
                .replace("{day}", DAY_WORDS[random.nextInt(5)]);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code n} different elements in random order (all of them when there are fewer). */
    private static <T> List<T> sample(Random random, List<T> values, int n) {
        List<T> copy = new ArrayList<>(values);
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < n && !copy.isEmpty()) {
            chosen.add(copy.remove(random.nextInt(copy.size())));
        }
        return chosen;
    }

    /** A YAML double-quoted scalar. */
    static String q(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code Mötesplats Vårberg 2} -> {@code motesplats-varberg-2}. */
    static String slug(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

}
