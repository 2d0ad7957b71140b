package se.kvarter;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kvarter.cli.CommonOptions;
import se.kvarter.feeds.calendar.CalendarWriter;
import se.kvarter.feeds.news.CrossFormatImport;
import se.kvarter.model.Image;
import se.kvarter.model.UpwardImport;
import se.kvarter.source.CycleBack;
import se.kvarter.source.ImageSize;

/**
 * The layers of design.md's one-way flow (load -> validate -> model -> render -> check -> write)
 * and of each package's {@code package-info.java}, held by ArchUnit over the generator's own
 * classes (not its tests). Each rule's message names the rule and says why it exists; a change
 * that breaks one either mends the import or changes design.md, the package-info and the rule
 * together.
 */
class ArchitectureTest {

    /** The stages of the build: each is called by the pipeline and never calls up. */
    private static final String[] STAGES = {"se.kvarter.source..", "se.kvarter.content..", "se.kvarter.markdown..",
        "se.kvarter.model..", "se.kvarter.hours..", "se.kvarter.validate..", "se.kvarter.render..",
        "se.kvarter.feeds..", "se.kvarter.check..", "se.kvarter.output..", "se.kvarter.diff.."};

    /** {@code Kvarter}, the jar's main class, is the command line's entry: it only starts picocli. */
    private static final DescribedPredicate<JavaClass> COMMAND_LINE =
            resideInAPackage("se.kvarter.cli..").or(belongToAnyOf(Kvarter.class)).as("the command line");

    /** The pipeline that runs the stages: {@code Build} and its helpers in {@code se.kvarter}. */
    private static final DescribedPredicate<JavaClass> PIPELINE =
            resideInAPackage("se.kvarter").and(not(belongToAnyOf(Kvarter.class))).as("the pipeline");

    static final ArchRule STAGES_NEVER_CALL_UP = noClasses()
            .that().resideInAnyPackage(STAGES)
            .should().dependOnClassesThat(COMMAND_LINE.or(PIPELINE).or(resideInAPackage("se.kvarter.serve..")))
            .as("Stages never use the command line, the dev server or the pipeline")
            .because("the flow runs one way: the pipeline calls the stages, and the command line and the dev "
                    + "server call the pipeline, so a stage can be run and tested without them");

    static final ArchRule SOURCE_USES_NO_OTHER_PACKAGE = classes()
            .that().resideInAPackage("se.kvarter.source..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("se.kvarter..").or(resideInAPackage("se.kvarter.source..")))
            .as("source uses no other package of kvarter")
            .because("positions, content errors and their messages are what every stage reports with "
                    + "(source/package-info.java)");

    static final ArchRule MODEL_USES_NO_STAGE = classes()
            .that().resideInAPackage("se.kvarter.model..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("se.kvarter..")
                    .or(resideInAnyPackage("se.kvarter.model..", "se.kvarter.source..")))
            .as("model uses no stage, only source")
            .because("the model is the immutable records between validate and the outputs; records keep "
                    + "the source position they came from and know nothing of how they are made or written "
                    + "(model/package-info.java)");

    static final ArchRule NO_CYCLES = slices().assignedFrom(new PackageSlices())
            .should().beFreeOfCycles()
            .as("No cycles between packages")
            .because("a cycle makes two packages one: neither can be understood, changed or tested alone");

    /** Every package's "Depends on" of its package-info.java, as layers. */
    static final ArchRule LAYERS_OF_PACKAGE_INFO = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("source").definedBy("se.kvarter.source..")
            .layer("output").definedBy("se.kvarter.output..")
            .layer("diff").definedBy("se.kvarter.diff..")
            .layer("model").definedBy("se.kvarter.model..")
            .layer("content").definedBy("se.kvarter.content..")
            .layer("markdown").definedBy("se.kvarter.markdown..")
            .layer("hours").definedBy("se.kvarter.hours..")
            .layer("validate").definedBy("se.kvarter.validate..")
            .layer("render").definedBy("se.kvarter.render..")
            .layer("feeds").definedBy("se.kvarter.feeds..")
            .layer("check").definedBy("se.kvarter.check..")
            .layer("pipeline").definedBy(PIPELINE)
            .layer("serve").definedBy("se.kvarter.serve..")
            .layer("cli").definedBy(COMMAND_LINE)
            .whereLayer("source").mayNotAccessAnyLayer()
            .whereLayer("output").mayOnlyAccessLayers("source")
            .whereLayer("diff").mayNotAccessAnyLayer()
            .whereLayer("model").mayOnlyAccessLayers("source")
            .whereLayer("content").mayOnlyAccessLayers("source")
            .whereLayer("markdown").mayOnlyAccessLayers("source")
            .whereLayer("hours").mayOnlyAccessLayers("model", "source")
            .whereLayer("validate").mayOnlyAccessLayers("content", "markdown", "hours", "model", "source")
            .whereLayer("render").mayOnlyAccessLayers("content", "hours", "model", "output", "source")
            .whereLayer("feeds").mayOnlyAccessLayers("hours", "model", "output")
            .whereLayer("check").mayOnlyAccessLayers("model", "output", "source")
            .whereLayer("serve").mayOnlyAccessLayers("pipeline", "content", "output", "source")
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("serve", "cli")
            .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .as("Each package depends only on what its package-info.java says")
            .because("the package-info files are the map a maintainer reads; a dependency they do not name is "
                    + "either a mistake or a change of design that the map must show first");

    /** render may use content for its slugs alone (render/package-info.java), not to read files. */
    static final ArchRule RENDER_USES_ONLY_SLUGS_OF_CONTENT = noClasses()
            .that().resideInAPackage("se.kvarter.render..")
            .should().dependOnClassesThat(resideInAPackage("se.kvarter.content..")
                    .and(not(belongToAnyOf(se.kvarter.content.Slugs.class))))
            .as("render uses nothing of content but Slugs")
            .because("pages are made from the model; reading content again while rendering would bypass "
                    + "validation (render/package-info.java)");

    /** The formats of feeds are siblings that share what feeds holds (feeds/package-info.java). */
    static final ArchRule FEED_FORMATS_ARE_INDEPENDENT = slices().matching("se.kvarter.feeds.(*)..")
            .should().notDependOnEachOther()
            .as("Open-data formats do not use one another")
            .because("each format uses only the shared parts of feeds, so one can be changed or added "
                    + "without reading the others (feeds/package-info.java)");

    private static JavaClasses generator;

    /** The generator's compiled classes alone (target/classes): scanning every jar of the class path for them is slow. */
    @BeforeAll
    static void importGenerator() {
        generator = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrl(Build.class.getProtectionDomain().getCodeSource().getLocation());
        assertTrue(generator.contain(Build.class) && generator.contain(ImageSize.class),
                "the generator's classes were not imported");
    }

    @Test
    void stagesNeverCallUp() {
        STAGES_NEVER_CALL_UP.check(generator);
    }

    @Test
    void sourceUsesNoOtherPackage() {
        SOURCE_USES_NO_OTHER_PACKAGE.check(generator);
    }

    @Test
    void modelUsesNoStage() {
        MODEL_USES_NO_STAGE.check(generator);
    }

    @Test
    void noCyclesBetweenPackages() {
        NO_CYCLES.check(generator);
    }

    @Test
    void eachPackageDependsOnlyOnWhatItsPackageInfoSays() {
        LAYERS_OF_PACKAGE_INFO.check(generator);
    }

    @Test
    void renderUsesOnlySlugsOfContent() {
        RENDER_USES_ONLY_SLUGS_OF_CONTENT.check(generator);
    }

    @Test
    void feedFormatsAreIndependent() {
        FEED_FORMATS_ARE_INDEPENDENT.check(generator);
    }

    /**
     * The rules can fail: a class of the tests in {@code model} that uses the command line
     * ({@link UpwardImport}), and one in {@code source} that uses the model, which uses source
     * back ({@link CycleBack}), are each named in the failure of the rules they break; so is a class
     * of the tests in {@code feeds.news} that uses the calendar format ({@link CrossFormatImport}).
     */
    @Test
    void theRulesCatchAnUpwardImportAndACycle() {
        JavaClasses upward = new ClassFileImporter().importClasses(UpwardImport.class, CommonOptions.class);
        for (ArchRule rule : List.of(STAGES_NEVER_CALL_UP, MODEL_USES_NO_STAGE, LAYERS_OF_PACKAGE_INFO)) {
            assertNamed(rule, upward, UpwardImport.class);
        }
        JavaClasses cycle = new ClassFileImporter().importClasses(CycleBack.class, Image.class, ImageSize.class);
        for (ArchRule rule : List.of(NO_CYCLES, SOURCE_USES_NO_OTHER_PACKAGE, LAYERS_OF_PACKAGE_INFO)) {
            assertNamed(rule, cycle, CycleBack.class);
        }
        JavaClasses crossFormat = new ClassFileImporter().importClasses(CrossFormatImport.class, CalendarWriter.class);
        assertNamed(FEED_FORMATS_ARE_INDEPENDENT, crossFormat, CrossFormatImport.class);
    }

    private static void assertNamed(ArchRule rule, JavaClasses classes, Class<?> culprit) {
        String failure = String.join("\n", rule.evaluate(classes).getFailureReport().getDetails());
        assertTrue(failure.contains(culprit.getName() + "."),
                () -> "\"" + rule.getDescription() + "\" did not name " + culprit.getSimpleName() + ":\n" + failure);
    }

    /**
     * One slice per package under {@code se.kvarter}; the root package is the pipeline, except
     * {@link Kvarter}, which belongs to the command line it starts.
     */
    private static final class PackageSlices implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.equals("se.kvarter") && !name.startsWith("se.kvarter.")) {
                return SliceIdentifier.ignore();
            }
            if (COMMAND_LINE.test(javaClass)) {
                return SliceIdentifier.of("cli");
            }
            if (name.equals("se.kvarter")) {
                return SliceIdentifier.of("pipeline (se.kvarter)");
            }
            return SliceIdentifier.of(name.substring("se.kvarter.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "packages of se.kvarter";
        }
    }
}
