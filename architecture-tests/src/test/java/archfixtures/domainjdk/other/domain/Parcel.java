package archfixtures.domainjdk.other.domain;

/** Another context's domain. */
public class Parcel {
}
