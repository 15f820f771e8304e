package vn.pakn.documents;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A small public-key infrastructure made for the tests: a root CA, signer certificates (valid,
 * expired, revoked), a CRL and an RFC 3161 time-stamp authority served over HTTP on 127.0.0.1, and
 * a second, unknown CA. Everything is made fresh with BouncyCastle; nothing is read from the
 * repository.
 */
public final class TestPki implements AutoCloseable {

  public static final String PASSWORD = "pakn-test";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  public final Issued root;
  public final Issued valid;
  public final Issued expired;
  public final Issued revoked;
  public final Issued tsa;
  public final Issued unknownRoot;
  public final Issued unknownSigner;
  private final HttpServer server;
  private volatile byte[] crl;

  /** A certificate with its key and the chain above it (the root last). */
  public record Issued(X509Certificate certificate, PrivateKey key, List<X509Certificate> chain) {}

  public TestPki() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      String crlUrl = baseUrl() + "crl";
      Instant now = Instant.now();
      root = selfSigned("CN=PAKN Test Root CA, O=PAKN Tests, C=VN", now);
      valid =
          issue(
              root,
              "CN=Nguyễn Văn Lãnh Đạo, O=Sở Tư pháp tỉnh Sơn La, C=VN",
              now.minus(Duration.ofDays(1)),
              now.plus(Duration.ofDays(365)),
              crlUrl,
              false);
      expired =
          issue(
              root,
              "CN=Trần Văn Hết Hạn, O=Sở Tư pháp tỉnh Sơn La, C=VN",
              now.minus(Duration.ofDays(400)),
              now.minus(Duration.ofDays(30)),
              crlUrl,
              false);
      revoked =
          issue(
              root,
              "CN=Lê Thị Thu Hồi, O=Sở Tư pháp tỉnh Sơn La, C=VN",
              now.minus(Duration.ofDays(10)),
              now.plus(Duration.ofDays(365)),
              crlUrl,
              false);
      tsa =
          issue(
              root,
              "CN=PAKN Test TSA, O=PAKN Tests, C=VN",
              now.minus(Duration.ofDays(1)),
              now.plus(Duration.ofDays(365)),
              crlUrl,
              true);
      unknownRoot = selfSigned("CN=Unknown Root CA, O=Somebody Else, C=VN", now);
      unknownSigner =
          issue(
              unknownRoot,
              "CN=Người Lạ, O=Cơ quan không rõ, C=VN",
              now.minus(Duration.ofDays(1)),
              now.plus(Duration.ofDays(365)),
              null,
              false);
      crl = crl(now.minus(Duration.ofDays(2)));
      server.createContext(
          "/crl",
          exchange -> {
            byte[] body = crl;
            exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.createContext(
          "/tsa",
          exchange -> {
            byte[] body;
            try {
              body = timestamp(exchange.getRequestBody().readAllBytes());
            } catch (Exception e) {
              exchange.sendResponseHeaders(500, -1);
              exchange.close();
              return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot make the test PKI", e);
    }
  }

  private static TestPki forContainers;

  /**
   * The PKI the container tests use, made once per test run: Sở Tư pháp (SL-STP) signs its answers
   * with {@link #valid}'s key from a PKCS#12 file (its password in a file), time-stamped by {@link
   * #tsaUrl()}, and validation trusts {@link #root}. The other agencies of the demo data sign
   * nothing, so the other container tests are unaffected.
   */
  public static synchronized TestPki forContainers() {
    if (forContainers == null) {
      forContainers = new TestPki();
    }
    return forContainers;
  }

  /**
   * The Payara Micro options ({@code -D…}) that point the application at {@link #forContainers}.
   */
  public static List<String> containerOptions() {
    TestPki pki = forContainers();
    try {
      Path folder = Files.createTempDirectory("pakn-pki-");
      Path keystore = pki.keystore(pki.valid, folder.resolve("sl-stp.p12"));
      Path password = Files.writeString(folder.resolve("sl-stp.password"), PASSWORD + "\n");
      Path anchor = pem(pki.root.certificate(), folder.resolve("root.pem"));
      return List.of(
          "-Dpakn.documents.agency.SL-STP.keystore=" + keystore,
          "-Dpakn.documents.agency.SL-STP.passwordFile=" + password,
          "-Dpakn.documents.tsa.url=" + pki.tsaUrl(),
          "-Dpakn.documents.trustAnchors=" + anchor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  public String tsaUrl() {
    return baseUrl() + "tsa";
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Writes {@code issued}'s key and chain as a PKCS#12 file with {@link #PASSWORD}. */
  public Path keystore(Issued issued, Path file) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      X509Certificate[] chain = new X509Certificate[issued.chain().size() + 1];
      chain[0] = issued.certificate();
      for (int i = 0; i < issued.chain().size(); i++) {
        chain[i + 1] = issued.chain().get(i);
      }
      store.setKeyEntry("signer", issued.key(), PASSWORD.toCharArray(), chain);
      try (var out = Files.newOutputStream(file)) {
        store.store(out, PASSWORD.toCharArray());
      }
      return file;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a certificate as PEM. */
  public static Path pem(X509Certificate certificate, Path file) {
    try {
      String body =
          "-----BEGIN CERTIFICATE-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
              + "\n-----END CERTIFICATE-----\n";
      Files.writeString(file, body);
      return file;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, RANDOM);
    return generator.generateKeyPair();
  }

  private static Issued selfSigned(String dn, Instant now) throws Exception {
    KeyPair keys = keyPair();
    X500Name name = new X500Name(dn);
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.valueOf(SERIAL.incrementAndGet()),
            Date.from(now.minus(Duration.ofDays(3650))),
            Date.from(now.plus(Duration.ofDays(3650))),
            name,
            keys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    builder.addExtension(
        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    X509Certificate certificate = convert(builder.build(signer(keys.getPrivate())));
    return new Issued(certificate, keys.getPrivate(), List.of());
  }

  private static Issued issue(
      Issued ca, String dn, Instant from, Instant until, String crlUrl, boolean timeStamping)
      throws Exception {
    KeyPair keys = keyPair();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            new JcaX509CertificateHolder(ca.certificate()).getSubject(),
            BigInteger.valueOf(SERIAL.incrementAndGet()),
            Date.from(from),
            Date.from(until),
            new X500Name(dn),
            keys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    if (timeStamping) {
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(
          Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    } else {
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    }
    if (crlUrl != null) {
      DistributionPoint point =
          new DistributionPoint(
              new DistributionPointName(
                  new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl))),
              null,
              null);
      builder.addExtension(
          Extension.cRLDistributionPoints,
          false,
          new CRLDistPoint(new DistributionPoint[] {point}));
    }
    X509Certificate certificate = convert(builder.build(signer(ca.key())));
    var chain = new java.util.ArrayList<X509Certificate>();
    chain.add(ca.certificate());
    chain.addAll(ca.chain());
    return new Issued(certificate, keys.getPrivate(), List.copyOf(chain));
  }

  private byte[] crl(Instant revokedAt) throws Exception {
    Instant now = Instant.now();
    X509v2CRLBuilder builder =
        new X509v2CRLBuilder(
            new JcaX509CertificateHolder(root.certificate()).getSubject(),
            Date.from(now.minus(Duration.ofMinutes(5))));
    builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
    builder.addCRLEntry(
        revoked.certificate().getSerialNumber(), Date.from(revokedAt), CRLReason.keyCompromise);
    X509CRLHolder holder = builder.build(signer(root.key()));
    return holder.getEncoded();
  }

  private byte[] timestamp(byte[] requestBytes) throws Exception {
    TimeStampRequest request = new TimeStampRequest(requestBytes);
    DigestCalculator sha256 =
        new JcaDigestCalculatorProviderBuilder()
            .build()
            .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(TSPAlgorithms.SHA256));
    TimeStampTokenGenerator generator =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", tsa.key(), tsa.certificate()),
            sha256,
            new ASN1ObjectIdentifier("1.2.3.4.1"));
    generator.addCertificates(new JcaCertStore(List.of(tsa.certificate(), root.certificate())));
    TimeStampResponseGenerator responses =
        new TimeStampResponseGenerator(generator, TSPAlgorithms.ALLOWED);
    TimeStampResponse response =
        responses.generate(request, BigInteger.valueOf(SERIAL.incrementAndGet()), new Date());
    return response.getEncoded();
  }

  private static ContentSigner signer(PrivateKey key) throws Exception {
    return new JcaContentSignerBuilder("SHA256withRSA").build(key);
  }

  private static X509Certificate convert(X509CertificateHolder holder) throws Exception {
    return new JcaX509CertificateConverter().getCertificate(holder);
  }
}
