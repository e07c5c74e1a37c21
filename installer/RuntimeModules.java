import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells installer/build.sh how to split the build's modules between a jlink runtime and the
 * launcher's module path, so that no list of modules is kept by hand.
 *
 * <p>Run as a source file by the JDK that links the runtime:
 * {@code java installer/RuntimeModules.java target/heartbeat-monitor.jar target/lib}.
 * It prints one fact a line, a keyword first:
 * <pre>
 * app-module NAME VERSION    the application module and its version
 * link NAME                  a module with a descriptor: goes into the runtime
 * jdk NAME                   a JDK module that the application or a module beside it needs
 * beside JAR                 an automatic module: jlink refuses it, so it stays on the
 *                            launcher's module path next to the application jar
 * ignore JAR                 an automatic module with no classes (JavaFX's empty placeholders)
 * native MODULE ENTRY JAR    a native library stored in a module jar: the runtime gets it in
 *                            its library folder, where System.loadLibrary finds it, instead of
 *                            JavaFX unpacking it into the user's home at every first start
 * unused-native MODULE ENTRY JAR  a native library no class of the application can reach: left out
 * foreign-native MODULE DIR  a folder of native libraries for other systems: left out
 * native-access MODULE       a module that loads native code and is resolved when the
 *                            application starts: the launcher grants it native access
 * </pre>
 */
public final class RuntimeModules {

    private static final List<String> NATIVE_SUFFIXES = List.of(".so", ".dll", ".dylib", ".jnilib");

    /** sqlite-jdbc keeps one native library per system under this folder, as OS/ARCH. */
    private static final String SQLITE_MODULE = "org.xerial.sqlitejdbc";
    private static final String SQLITE_NATIVE_ROOT = "org/sqlite/native/";

    private RuntimeModules() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java RuntimeModules.java APP_JAR LIB_DIR");
            System.exit(2);
        }
        Path appJar = Path.of(args[0]);
        Path libDir = Path.of(args[1]);

        ModuleReference app = ModuleFinder.of(appJar).findAll().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(appJar + " is not a module"));
        List<ModuleReference> libraries = ModuleFinder.of(libDir).findAll().stream()
                .sorted(Comparator.comparing(reference -> reference.descriptor().name()))
                .toList();
        ApplicationUse use = ApplicationUse.scan(appJar);

        ModuleDescriptor descriptor = app.descriptor();
        System.out.println("app-module " + descriptor.name() + " " + descriptor.rawVersion().orElse("0"));
        Set<String> linked = new TreeSet<>();
        List<Path> beside = new ArrayList<>();
        for (ModuleReference library : libraries) {
            classify(library, use, linked, beside);
        }
        for (String jdkModule : jdkModules(descriptor, linked, beside, libDir)) {
            System.out.println("jdk " + jdkModule);
        }
        for (String module : nativeAccess(appJar, libDir, descriptor.name(), libraries)) {
            System.out.println("native-access " + module);
        }
    }

    /**
     * The modules with native code among those the application resolves at start, as the
     * launcher will. Naming one that is not resolved makes Java print "Unknown module" at
     * every start, and leaving one out makes it warn at its first native call; so the list
     * follows the application's own requires (JavaFX joins when the window code needs it).
     */
    private static Set<String> nativeAccess(Path appJar, Path libDir, String appModule,
            List<ModuleReference> libraries) throws IOException {
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(ModuleFinder.of(appJar, libDir), ModuleFinder.of(), Set.of(appModule));
        Set<String> resolved = new TreeSet<>();
        configuration.modules().stream().map(ResolvedModule::name).forEach(resolved::add);

        Set<String> granted = new TreeSet<>();
        for (ModuleReference library : libraries) {
            String name = library.descriptor().name();
            if (resolved.contains(name) && holdsNativeCode(Path.of(library.location().orElseThrow()))) {
                granted.add(name);
            }
        }
        return granted;
    }

    private static boolean holdsNativeCode(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName)
                    .anyMatch(name -> NATIVE_SUFFIXES.stream().anyMatch(name::endsWith));
        }
    }

    private static void classify(ModuleReference library, ApplicationUse use, Set<String> linked, List<Path> beside)
            throws IOException {
        ModuleDescriptor descriptor = library.descriptor();
        Path jar = Path.of(library.location().orElseThrow());
        if (descriptor.isAutomatic()) {
            if (descriptor.packages().isEmpty()) {
                System.out.println("ignore " + jar);
            } else {
                System.out.println("beside " + jar);
                beside.add(jar);
            }
            return;
        }
        System.out.println("link " + descriptor.name());
        linked.add(descriptor.name());
        listNatives(descriptor.name(), jar, use);
    }

    private static void listNatives(String module, Path jar, ApplicationUse use) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Set<String> foreignFolders = new TreeSet<>();
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (isRootNativeLibrary(name)) {
                    String keyword = use.needsNativesOf(module) ? "native" : "unused-native";
                    System.out.println(keyword + " " + module + " " + name + " " + jar);
                } else if (module.equals(SQLITE_MODULE) && name.startsWith(SQLITE_NATIVE_ROOT)) {
                    sqliteForeignFolder(name).ifPresent(foreignFolders::add);
                }
            }
            foreignFolders.forEach(folder -> System.out.println("foreign-native " + module + " " + folder));
        }
    }

    private static boolean isRootNativeLibrary(String entryName) {
        return !entryName.contains("/") && NATIVE_SUFFIXES.stream().anyMatch(entryName::endsWith);
    }

    /**
     * The OS/ARCH folder of a sqlite-jdbc native library, when it is not the one this machine
     * loads. Limitation: the system is taken from this JDK, so a package is built on the system
     * it is for, as jpackage demands anyway; musl-based Linux is not told apart from glibc.
     */
    private static Optional<String> sqliteForeignFolder(String entryName) {
        String[] parts = entryName.substring(SQLITE_NATIVE_ROOT.length()).split("/");
        if (parts.length < 3) {
            return Optional.empty();
        }
        String folder = SQLITE_NATIVE_ROOT + parts[0] + "/" + parts[1] + "/";
        boolean ours = parts[0].equals(sqliteOs()) && parts[1].equals(sqliteArch());
        return ours ? Optional.empty() : Optional.of(folder);
    }

    private static String sqliteOs() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "Windows";
        }
        return os.startsWith("mac") ? "Mac" : "Linux";
    }

    private static String sqliteArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "arm64", "aarch64" -> "aarch64";
            default -> arch;
        };
    }

    /**
     * The JDK modules to link: what the application module requires, and what jdeps finds the
     * automatic modules using (they declare nothing). Modules that come from the build are
     * linked by name already and are left out here.
     */
    private static Set<String> jdkModules(ModuleDescriptor app, Set<String> linked, List<Path> beside, Path libDir) {
        Set<String> platform = new TreeSet<>();
        ModuleFinder.ofSystem().findAll().forEach(reference -> platform.add(reference.descriptor().name()));

        Set<String> wanted = new TreeSet<>();
        app.requires().forEach(requires -> wanted.add(requires.name()));
        wanted.addAll(jdepsModules(beside, libDir));
        wanted.removeAll(linked);
        beside.forEach(jar -> wanted.remove(automaticName(jar)));

        Set<String> unknown = new TreeSet<>(wanted);
        unknown.removeAll(platform);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Required but found neither in the build's modules nor in this JDK: "
                    + unknown);
        }
        return wanted;
    }

    private static String automaticName(Path jar) {
        return ModuleFinder.of(jar).findAll().iterator().next().descriptor().name();
    }

    private static Set<String> jdepsModules(List<Path> jars, Path libDir) {
        if (jars.isEmpty()) {
            return Set.of();
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jdeps"));
        List<String> arguments = new ArrayList<>(List.of("--multi-release", Integer.toString(Runtime.version().feature()),
                "--ignore-missing-deps", "--print-module-deps", "--module-path", libDir.toString()));
        jars.forEach(jar -> arguments.add(jar.toString()));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("jdeps failed: " + err);
        }
        // jdeps prints warnings (split packages) before the one line of comma-separated modules.
        String[] lines = out.toString().strip().split("\\R");
        return new TreeSet<>(Arrays.asList(lines[lines.length - 1].strip().split(",")));
    }

    /**
     * What the application's own classes touch, read from the strings in their constant pools.
     * JavaFX's web and media modules carry most of the runtime's native code (WebKit alone is
     * over 100 MB) but are on the module path only because TilesFX requires them; their
     * natives are kept when the application uses them, directly or through TilesFX's map tile,
     * the only TilesFX class that creates a WebView.
     */
    private record ApplicationUse(boolean web, boolean media) {

        private static final String WEB_PACKAGE = "javafx/scene/web/";
        private static final String MEDIA_PACKAGE = "javafx/scene/media/";
        private static final String TILES_SKIN_TYPE = "eu/hansolo/tilesfx/Tile$SkinType";
        /** A constant-pool UTF-8 entry holding "MAP": tag 1, length 3, the three letters. */
        private static final String MAP_CONSTANT = "\u0001\u0000\u0003MAP";

        static ApplicationUse scan(Path appJar) throws IOException {
            boolean web = false;
            boolean media = false;
            try (ZipFile zip = new ZipFile(appJar.toFile())) {
                for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    String constants = readLatin1(zip, entry);
                    web |= constants.contains(WEB_PACKAGE)
                            || constants.contains(TILES_SKIN_TYPE) && constants.contains(MAP_CONSTANT);
                    media |= constants.contains(MEDIA_PACKAGE);
                }
            }
            return new ApplicationUse(web, media);
        }

        private static String readLatin1(ZipFile zip, ZipEntry entry) throws IOException {
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        }

        boolean needsNativesOf(String module) {
            return switch (module) {
                case "javafx.web" -> web;
                case "javafx.media" -> media;
                default -> true;
            };
        }
    }
}
