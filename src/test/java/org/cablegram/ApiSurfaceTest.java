package org.cablegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The public API never shows the parser generator or the internal packages: not in a signature,
 * not as an exception cause, not in the Javadoc of exported sources.
 */
class ApiSurfaceTest {

    static final Set<String> EXPORTED = Set.of("org.cablegram", "org.cablegram.model", "org.cablegram.generate");

    static List<Class<?>> exportedClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        Path classes = Path.of("target/classes");
        for (String pkg : EXPORTED) {
            Path dir = classes.resolve(pkg.replace('.', '/'));
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = pkg + "." + p.getFileName().toString().replace(".class", "");
                    Class<?> c = Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers())) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    static void check(Type t, String where, List<String> bad) {
        String n = t.getTypeName();
        if (n.contains("org.antlr") || n.contains("org.cablegram.internal")) {
            bad.add(where + ": " + n);
        }
    }

    @Test
    void noGeneratorOrInternalTypeInExportedSignatures() throws Exception {
        List<String> bad = new ArrayList<>();
        List<Class<?>> classes = exportedClasses();
        assertTrue(classes.size() > 20, "found the API classes");
        for (Class<?> c : classes) {
            if (c.getGenericSuperclass() != null) {
                check(c.getGenericSuperclass(), c.getName() + " extends", bad);
            }
            for (Type i : c.getGenericInterfaces()) {
                check(i, c.getName() + " implements", bad);
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
                    check(m.getGenericReturnType(), c.getName() + "." + m.getName(), bad);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(p, c.getName() + "." + m.getName() + " parameter", bad);
                    }
                    for (Type e : m.getGenericExceptionTypes()) {
                        check(e, c.getName() + "." + m.getName() + " throws", bad);
                    }
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers())) {
                    for (Type p : k.getGenericParameterTypes()) {
                        check(p, c.getName() + " constructor", bad);
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
                    check(f.getGenericType(), c.getName() + "." + f.getName(), bad);
                }
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    check(rc.getGenericType(), c.getName() + "#" + rc.getName(), bad);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void moduleExportsOnlyTheApi() {
        Module m = CableParser.class.getModule();
        if (m.isNamed()) {
            Set<String> exports = m.getDescriptor().exports().stream().map(e -> e.source()).collect(Collectors.toSet());
            assertEquals(EXPORTED, exports);
        }
        Set<String> declared = readModuleInfoExports();
        assertEquals(EXPORTED, declared);
    }

    static Set<String> readModuleInfoExports() {
        try {
            return Files.readAllLines(Path.of("src/main/java/module-info.java")).stream().map(String::strip)
                    .filter(l -> l.startsWith("exports ")).map(l -> l.substring(8).replace(";", "").strip())
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void exportedSourcesDoNotMentionTheGenerator() throws IOException {
        for (String pkg : EXPORTED) {
            Path dir = Path.of("src/main/java").resolve(pkg.replace('.', '/'));
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String src = Files.readString(p, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                    assertFalse(src.contains("antlr"), p + " mentions ANTLR");
                }
            }
        }
    }

    /** Issue 18 added these on purpose: the editing API. */
    @Test
    void theEditingApiIsPublic() throws Exception {
        Class<?> builder = Class.forName("org.cablegram.model.Cable$Builder");
        assertTrue(Modifier.isPublic(builder.getModifiers()));
        assertEquals(builder, org.cablegram.model.Cable.class.getMethod("toBuilder").getReturnType());
        assertEquals(builder, org.cablegram.model.Cable.class.getMethod("builder").getReturnType());
        assertTrue(Modifier.isStatic(org.cablegram.model.Tag.class.getMethod("of", String.class).getModifiers()));
        assertTrue(Modifier.isStatic(org.cablegram.model.Reference.class.getMethod("of", String.class).getModifiers()));
        assertTrue(Modifier.isStatic(org.cablegram.model.Reference.class
                .getMethod("of", String.class, org.cablegram.model.Cable.class).getModifiers()));
        assertTrue(RuntimeException.class.isAssignableFrom(LosslessWriteException.class));
        assertEquals(List.class, LosslessWriteException.class.getMethod("problems").getReturnType());
    }

    @Test
    void strictExceptionCarriesNoGeneratorCause() {
        CableParser strict = CableParser.create(ParserOptions.builder().strict(true).build());
        try {
            strict.parse("");
        } catch (CableParseException e) {
            assertEquals(null, e.getCause());
            return;
        }
        throw new AssertionError("expected CableParseException");
    }
}
