package cn.kaoping.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    private final ProblemMessages messages = ProblemMessages.load(getClass().getClassLoader());

    @Test
    void chinese_is_the_default_language() {
        assertThat(ProblemMessages.localeFor(null)).isEqualTo(Locale.CHINESE);
        assertThat(ProblemMessages.localeFor("")).isEqualTo(Locale.CHINESE);
        assertThat(ProblemMessages.localeFor("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.CHINESE);
        assertThat(ProblemMessages.localeFor("fr-FR")).isEqualTo(Locale.CHINESE);
        assertThat(ProblemMessages.localeFor("*")).isEqualTo(Locale.CHINESE);
        assertThat(ProblemMessages.localeFor(";;not a header;;")).isEqualTo(Locale.CHINESE);
    }

    @Test
    void english_is_used_when_the_client_prefers_it() {
        assertThat(ProblemMessages.localeFor("en")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.localeFor("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.localeFor("zh;q=0.5, en;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.localeFor("fr, en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.localeFor("en;q=0, zh")).isEqualTo(Locale.CHINESE);
    }

    @Test
    void a_message_is_in_the_language_asked_for_with_its_arguments() {
        assertThat(messages.format(Locale.CHINESE, "problem.NOT_FOUND.title")).isEqualTo("未找到");
        assertThat(messages.format(Locale.ENGLISH, "problem.NOT_FOUND.title")).isEqualTo("Not found");
        assertThat(messages.format(Locale.CHINESE, "access.role", "REVIEWER")).isEqualTo("此操作需要以下角色之一：REVIEWER。");
        assertThat(messages.format(Locale.ENGLISH, "access.role", "REVIEWER"))
                .isEqualTo("This operation needs one of these roles: REVIEWER.");
    }

    @Test
    void a_services_own_messages_are_merged_with_the_common_ones() {
        assertThat(messages.format(Locale.CHINESE, "probe.greeting", "李明")).isEqualTo("你好，李明");
        assertThat(messages.format(Locale.ENGLISH, "probe.greeting", "Li Ming")).isEqualTo("Hello, Li Ming");
        assertThat(messages.find(Locale.CHINESE, "problem.FORBIDDEN.title")).isPresent();
    }

    @Test
    void a_message_missing_in_english_falls_back_to_chinese_and_an_unknown_key_shows_itself() {
        assertThat(messages.format(Locale.ENGLISH, "probe.onlyInChinese")).isEqualTo("只有中文的提示");
        assertThat(messages.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void constraint_messages_take_the_annotation_attributes_by_name() {
        assertThat(messages.formatNamed(Locale.CHINESE, "constraint.Size", Map.of("min", 1, "max", 20)))
                .contains("长度（个数）必须在 1 到 20 之间");
        assertThat(messages.formatNamed(Locale.ENGLISH, "constraint.Max", Map.of("value", 500L)))
                .contains("must be at most 500");
    }

    @Test
    void the_common_chinese_and_english_files_have_the_same_keys() throws IOException {
        Properties chinese = load(Path.of("src/main/resources/problems_zh.properties"));
        Properties english = load(Path.of("src/main/resources/problems_en.properties"));

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
