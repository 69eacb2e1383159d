package archfixtures.adapterdeps.other;

/** Another context's API. */
public class OtherApi {
}
