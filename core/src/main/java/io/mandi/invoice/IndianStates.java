package io.mandi.invoice;

import java.util.Locale;
import java.util.Map;

/** States and union territories by the codes regions use, with their GST state codes. */
final class IndianStates {
  record State(String name, String gstCode) {}

  private static final Map<String, State> BY_CODE =
      Map.ofEntries(
          Map.entry("JK", new State("Jammu and Kashmir", "01")),
          Map.entry("HP", new State("Himachal Pradesh", "02")),
          Map.entry("PB", new State("Punjab", "03")),
          Map.entry("CH", new State("Chandigarh", "04")),
          Map.entry("UK", new State("Uttarakhand", "05")),
          Map.entry("HR", new State("Haryana", "06")),
          Map.entry("DL", new State("Delhi", "07")),
          Map.entry("RJ", new State("Rajasthan", "08")),
          Map.entry("UP", new State("Uttar Pradesh", "09")),
          Map.entry("BR", new State("Bihar", "10")),
          Map.entry("SK", new State("Sikkim", "11")),
          Map.entry("AR", new State("Arunachal Pradesh", "12")),
          Map.entry("NL", new State("Nagaland", "13")),
          Map.entry("MN", new State("Manipur", "14")),
          Map.entry("MZ", new State("Mizoram", "15")),
          Map.entry("TR", new State("Tripura", "16")),
          Map.entry("ML", new State("Meghalaya", "17")),
          Map.entry("AS", new State("Assam", "18")),
          Map.entry("WB", new State("West Bengal", "19")),
          Map.entry("JH", new State("Jharkhand", "20")),
          Map.entry("OD", new State("Odisha", "21")),
          Map.entry("CG", new State("Chhattisgarh", "22")),
          Map.entry("MP", new State("Madhya Pradesh", "23")),
          Map.entry("GJ", new State("Gujarat", "24")),
          Map.entry("DH", new State("Dadra and Nagar Haveli and Daman and Diu", "26")),
          Map.entry("MH", new State("Maharashtra", "27")),
          Map.entry("KA", new State("Karnataka", "29")),
          Map.entry("GA", new State("Goa", "30")),
          Map.entry("LD", new State("Lakshadweep", "31")),
          Map.entry("KL", new State("Kerala", "32")),
          Map.entry("TN", new State("Tamil Nadu", "33")),
          Map.entry("PY", new State("Puducherry", "34")),
          Map.entry("AN", new State("Andaman and Nicobar Islands", "35")),
          Map.entry("TS", new State("Telangana", "36")),
          Map.entry("AP", new State("Andhra Pradesh", "37")),
          Map.entry("LA", new State("Ladakh", "38")));

  private IndianStates() {}

  /** "Maharashtra (27)" for MH; an unknown region is printed as it is. */
  static String placeOfSupply(String region) {
    State state = BY_CODE.get(region == null ? "" : region.toUpperCase(Locale.ROOT));
    return state == null ? region : state.name() + " (" + state.gstCode() + ")";
  }
}
