package cn.kaoping.web.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages people read in problem answers, in Chinese (default) and English.
 *
 * <p>Read from every {@code problems_zh.properties} / {@code problems_en.properties} at the root of the
 * classpath (UTF-8): this library's common messages and a service's own, merged. A service adds its codes
 * in its own {@code src/main/resources/problems_zh.properties} and {@code problems_en.properties}.
 * A key that is missing in English falls back to Chinese.
 */
public final class ProblemMessages {

    public static final Locale CHINESE = Locale.CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BASE_NAME = "problems";
    private static final Pattern NAMED_PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final Map<String, String> chinese;
    private final Map<String, String> english;

    private ProblemMessages(Map<String, String> chinese, Map<String, String> english) {
        this.chinese = Collections.unmodifiableMap(chinese);
        this.english = Collections.unmodifiableMap(english);
    }

    /** Messages from every {@code problems_*.properties} the class loader sees. */
    public static ProblemMessages load(ClassLoader classLoader) {
        return new ProblemMessages(read(classLoader, "zh"), read(classLoader, "en"));
    }

    /** Messages visible to this library's own class loader and the thread's (the application's). */
    public static ProblemMessages load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(context != null ? context : ProblemMessages.class.getClassLoader());
    }

    /**
     * The language of the answer for an {@code Accept-Language} header: English when the client prefers
     * English over Chinese (by weight), Chinese otherwise (also when the header is absent or unreadable).
     */
    public static Locale localeFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() <= 0) {
                    continue;
                }
                if (tag.equals("en") || tag.startsWith("en-")) {
                    return ENGLISH;
                }
                if (tag.equals("zh") || tag.startsWith("zh-") || tag.equals("*")) {
                    return CHINESE;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return CHINESE;
        }
        return CHINESE;
    }

    /** The raw text of a key in a language (English falls back to Chinese). */
    public Optional<String> find(Locale locale, String key) {
        if (key == null) {
            return Optional.empty();
        }
        String text = ENGLISH.getLanguage().equals(locale.getLanguage()) ? english.get(key) : null;
        return Optional.ofNullable(text != null ? text : chinese.get(key));
    }

    /**
     * A message with positional arguments ({@code {0}}), by {@link MessageFormat} (so an apostrophe is
     * written {@code ''} in the files); an unknown key yields itself, so nothing is lost.
     */
    public String format(Locale locale, String key, Object... args) {
        return find(locale, key)
                .map(pattern -> new MessageFormat(pattern, locale).format(args))
                .orElse(key);
    }

    /** A message with named placeholders ({@code {min}}) filled from the map, as Bean Validation does. */
    public Optional<String> formatNamed(Locale locale, String key, Map<String, Object> values) {
        return find(locale, key).map(pattern -> {
            Matcher matcher = NAMED_PLACEHOLDER.matcher(pattern);
            StringBuilder text = new StringBuilder();
            while (matcher.find()) {
                Object value = values.get(matcher.group(1));
                matcher.appendReplacement(text, Matcher.quoteReplacement(value == null ? matcher.group() : String.valueOf(value)));
            }
            matcher.appendTail(text);
            return text.toString();
        });
    }

    private static Map<String, String> read(ClassLoader classLoader, String language) {
        Map<String, String> messages = new HashMap<>();
        try {
            List<URL> files = Collections.list(classLoader.getResources(BASE_NAME + "_" + language + ".properties"));
            for (URL file : files) {
                Properties properties = new Properties();
                try (InputStream in = file.openStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                // First file wins on a duplicate key, so a service cannot silently reword a common message twice.
                properties.stringPropertyNames().forEach(key -> messages.putIfAbsent(key, properties.getProperty(key)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BASE_NAME + "_" + language + ".properties", e);
        }
        return messages;
    }
}
