package cn.kaoping.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.evaluation.domain.ErrorCode;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every domain error code has a message for officers in Chinese and in English. */
class ProblemMessagesTest {

    @Test
    void every_error_code_has_a_chinese_and_an_english_message() throws Exception {
        for (String language : new String[] {"zh", "en"}) {
            Properties messages = load("/problems_" + language + ".properties");
            assertThat(Arrays.stream(ErrorCode.values()).map(code -> "error." + code.name()))
                    .as("error codes without a message in " + language)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void chinese_and_english_have_the_same_keys() throws Exception {
        assertThat(load("/problems_en.properties").stringPropertyNames())
                .isEqualTo(load("/problems_zh.properties").stringPropertyNames());
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
