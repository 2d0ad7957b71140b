package se.kvarter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The city-size site ({@link CitySite}), built once for every test class that reads it (the
 * city-size checks, the lists' browser tests), in whichever test JVM asks first: generating and
 * building it was most of those classes' time, and the two JVMs of a run each built it. It is kept
 * in {@code test-work/city-<digest>/} beside kvarter's compiled classes (in Maven,
 * {@code generator/target/}), where the digest is that of everything
 * the site is made from (kvarter's compiled classes, the templates, the generator); a JVM that
 * finds it complete for the same digest reads it, one that does not builds it, holding a file lock
 * so that the other JVM waits for it rather than building it too. The classes only read it.
 * Register it with {@code @RegisterExtension static final SharedCity CITY = new SharedCity();}
 * and call {@link #site()} from a {@code @BeforeAll} method or later.
 */
public final class SharedCity implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedCity.class);

    /** Written last into a complete site's folder. */
    private static final String COMPLETE = "complete";

    private ExtensionContext.Store root;

    @Override
    public void beforeAll(ExtensionContext context) {
        root = context.getRoot().getStore(NAMESPACE);
    }

    /** The site, built (or found) on the first call in this JVM. */
    public CitySite site() {
        return of(root);
    }

    /** The site kept in {@code rootStore} (a run's root store in this class's namespace), built or found on the first call. */
    public static CitySite of(ExtensionContext.Store rootStore) {
        return rootStore.getOrComputeIfAbsent(CitySite.class, type -> builtOnce(), CitySite.class);
    }

    /** The store of {@code context}'s run where the site is kept. */
    public static ExtensionContext.Store store(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    private static CitySite builtOnce() {
        try {
            // kvarter's compiled classes (a folder, or a jar), beside which the build keeps its work
            Path classes = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path work = classes.resolveSibling("test-work");
            Files.createDirectories(work);
            String digest = digest(List.of(classes, TestSites.templates(),
                    TestSites.root().resolve("bench/GenerateContent.java")));
            Path folder = work.resolve("city-" + digest);
            try (FileChannel channel = FileChannel.open(work.resolve("city.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                if (!Files.exists(folder.resolve(COMPLETE))) {
                    // another digest's site, or one whose build was cut off
                    try (Stream<Path> old = Files.list(work)) {
                        for (Path stale : old.filter(p -> p.getFileName().toString().startsWith("city-")).toList()) {
                            TestSites.deleteTree(stale);
                        }
                    }
                    CitySite.build(folder);
                    Files.createFile(folder.resolve(COMPLETE));
                }
            }
            return new CitySite(folder.resolve("content"), folder.resolve("site"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A digest of every file under {@code paths}, by path and content, in a fixed order. */
    private static String digest(List<Path> paths) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path path : paths) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    digest.update(path.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
