package cn.kaoping.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair (2048 bits) that signs development and test tokens, kept as PEM files in a directory:
 * {@value #PRIVATE_KEY_FILE} (PKCS#8) and {@value #PUBLIC_KEY_FILE} (X.509 SubjectPublicKeyInfo, what
 * {@code mp.jwt.verify.publickey.location} reads). Generated on first use; never commit the private key,
 * and never use these keys in production.
 */
public final class DevKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private final Path directory;
    private final RSAPrivateKey privateKey;
    private final RSAPublicKey publicKey;

    private DevKeys(Path directory, RSAPrivateKey privateKey, RSAPublicKey publicKey) {
        this.directory = directory;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the pair from the directory, generating it there first when absent. */
    public static synchronized DevKeys loadOrCreate(Path directory) {
        Path dir = directory.toAbsolutePath();
        if (!Files.exists(dir.resolve(PUBLIC_KEY_FILE)) || !Files.exists(dir.resolve(PRIVATE_KEY_FILE))) {
            generate(dir);
        }
        return load(dir);
    }

    /** Loads an existing pair; fails with a readable message when there is none. */
    public static DevKeys load(Path directory) {
        Path dir = directory.toAbsolutePath();
        Path priv = dir.resolve(PRIVATE_KEY_FILE);
        Path pub = dir.resolve(PUBLIC_KEY_FILE);
        if (!Files.isReadable(priv) || !Files.isReadable(pub)) {
            throw new IllegalStateException("no development key pair in " + dir
                    + " (the launcher creates one on its first run)");
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(priv)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(readPem(pub)));
            return new DevKeys(dir, privateKey, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable key pair in " + dir, e);
        }
    }

    public Path directory() {
        return directory;
    }

    public Path publicKeyPem() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    public Path privateKeyPem() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** Mints tokens signed with this pair's private key, issuer {@value TokenMinter#ISSUER}. */
    public TokenMinter tokens() {
        return new TokenMinter(privateKey);
    }

    private static void generate(Path dir) {
        try {
            Files.createDirectories(dir);
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair pair = g.generateKeyPair();
            // Private first: a reader that finds the public key can rely on the private one being there.
            writeOnce(dir.resolve(PRIVATE_KEY_FILE), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            writeOnce(dir.resolve(PUBLIC_KEY_FILE), pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a key pair into " + dir, e);
        }
    }

    /** Writes whole files by rename, and never replaces one that another process wrote first. */
    private static void writeOnce(Path target, String content, boolean secret) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Path tmp = Files.createTempFile(target.getParent(), ".key-", ".tmp");
        try {
            if (secret) {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
            Files.writeString(tmp, content, StandardCharsets.US_ASCII);
            try {
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                // another process won the race; its file is as good as ours
            } catch (UnsupportedOperationException | IOException e) {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(tmp, target);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
