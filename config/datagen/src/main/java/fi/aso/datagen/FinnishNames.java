package fi.aso.datagen;

import java.util.List;
import java.util.Random;

/** Invented but plausible Finnish people, places and partner organisations. */
final class FinnishNames {

  /** One ASO group per place (a probation office's area), in the order regions are made. */
  static final List<String> PLACES =
      List.of(
          "Joensuu",
          "Helsinki",
          "Seinäjoki",
          "Tampere",
          "Turku",
          "Oulu",
          "Jyväskylä",
          "Kuopio",
          "Lahti",
          "Pori",
          "Kouvola",
          "Lappeenranta",
          "Vaasa",
          "Hämeenlinna",
          "Rovaniemi",
          "Mikkeli",
          "Kotka",
          "Kajaani",
          "Kokkola",
          "Savonlinna",
          "Salo",
          "Porvoo",
          "Espoo",
          "Vantaa",
          "Rauma",
          "Kemi",
          "Tornio",
          "Iisalmi",
          "Varkaus",
          "Raahe",
          "Hyvinkää",
          "Riihimäki",
          "Forssa",
          "Loimaa",
          "Uusikaupunki",
          "Imatra",
          "Pieksämäki",
          "Heinola",
          "Kerava",
          "Järvenpää",
          "Lohja",
          "Kemijärvi",
          "Sodankylä",
          "Ylivieska",
          "Nurmes",
          "Lieksa",
          "Kitee",
          "Kurikka",
          "Lapua",
          "Kauhajoki",
          "Jakobstad",
          "Närpiö",
          "Valkeakoski",
          "Nokia",
          "Sastamala",
          "Akaa",
          "Orimattila",
          "Hamina",
          "Kuusamo",
          "Kristinestad");

  private static final List<String> FIRST =
      List.of(
          "Antti", "Jari", "Sanna", "Timo", "Heikki", "Minna", "Pasi", "Kari", "Leena", "Juha",
          "Mikko", "Janne", "Tiina", "Petri", "Marko", "Satu", "Jukka", "Anne", "Ville", "Tuomas",
          "Eila", "Aino", "Onni", "Eetu", "Veera", "Riikka", "Sami", "Teemu", "Paula", "Arja",
          "Markku", "Harri", "Outi", "Jouni", "Kirsi", "Tapio", "Hanna", "Lauri", "Elina", "Joni");

  private static final List<String> LAST =
      List.of(
          "Korhonen",
          "Virtanen",
          "Mäkinen",
          "Nieminen",
          "Mäkelä",
          "Hämäläinen",
          "Laine",
          "Heikkinen",
          "Koskinen",
          "Järvinen",
          "Lehtonen",
          "Lehtinen",
          "Saarinen",
          "Salminen",
          "Heinonen",
          "Niemi",
          "Heikkilä",
          "Kinnunen",
          "Salonen",
          "Turunen",
          "Salo",
          "Laitinen",
          "Tuominen",
          "Rantanen",
          "Karjalainen",
          "Jokinen",
          "Mattila",
          "Savolainen",
          "Lahtinen",
          "Ahonen",
          "Hiltunen",
          "Pesonen",
          "Räsänen",
          "Kettunen",
          "Hyvönen",
          "Partanen");

  private FinnishNames() {}

  static String person(Random random) {
    return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
  }

  /** An address local part for a person's name: lower case, Finnish letters folded. */
  static String mailbox(String name) {
    return name.toLowerCase()
        .replace('ä', 'a')
        .replace('ö', 'o')
        .replace('å', 'a')
        .replace(' ', '.');
  }

  /** A host name for a place: lower case ASCII. */
  static String host(String place) {
    return mailbox(place).replace(".", "-");
  }
}
