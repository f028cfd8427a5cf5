package io.figurewire.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anchor of invented articles, and the keys their claims get: at or around the anchor on
 * its key, elsewhere on their own, two towns of one country never on one key.
 */
class EventAnchorTest {

    private final ClaimExtractor ex = ClaimExtractor.withDefaultLexicon();

    private String anchor(String title, String... leads) {
        return ex.mainLocation(title, List.of(leads));
    }

    private List<String> metrics(String anchor, String paragraph) {
        ArticleContext ctx = new ArticleContext("t", null, null, null, null, anchor);
        return ex.extract(paragraph, 1, ctx).stream().map(ExtractedClaim::metric).toList();
    }

    @Test
    void aDatelineTownNoGazetteerKnowsIsTheAnchor() {
        assertThat(anchor("Colliery blast kills 14", "KARSK \u2014 A gas explosion at a colliery killed 14 miners on Monday."))
                .isEqualTo("Karsk");
        assertThat(anchor("Floods sweep river towns", "PORT EMMET, Valdoria (Reuters) \u2014 Floods killed 30 people."))
                .isEqualTo("Port Emmet, Valdoria");
    }

    @Test
    void aCapitalDatelineGivesWayToThePlaceTheLedeNames() {
        assertThat(anchor("Quake toll rises", "ANKARA, Turkey (AP) \u2014 A quake in Malatya province killed 40 people, officials said."))
                .isEqualTo("Malatya, Turkey");
        assertThat(anchor("Blast toll rises", "ANKARA, Turkey (AP) \u2014 Officials said 40 people had died."))
                .isEqualTo("Ankara, Turkey");
        // a quake the lede places nowhere is the country's (see the areal-event rule below)
        assertThat(anchor("Quake toll rises", "ANKARA, Turkey (AP) \u2014 Officials said 40 people had died."))
                .isEqualTo("Turkey");
    }

    @Test
    void theHeadlinePlaceWinsButAStateGivesWayToADatelineTownInIt() {
        assertThat(anchor("Turkey quake toll passes 900", "ANTAKYA, Turkey (AP) \u2014 Rescuers pulled 12 people from the rubble."))
                .isEqualTo("Turkey");
        assertThat(anchor("Illinois tornado toll rises to 9", "SPRINGFIELD, Illinois (AP) \u2014 Crews searched collapsed homes."))
                .isEqualTo("Springfield, Illinois, United States");
        assertThat(anchor("Illinois tornado toll rises to 9", "SPRINGFIELD, Ill. (AP) \u2014 Crews searched collapsed homes."))
                .isEqualTo("Springfield, Illinois, United States");
    }

    @Test
    void aDatelineCityGivesWayToTheRegionTheLedePlacesAnArealEventIn() {
        // a regional paper files from its city about floods elsewhere in the state: the city is the byline's, not the event's
        assertThat(anchor("Deaths rise as flooding devastates parts of southern Ohio",
                "COLUMBUS, Ohio \u2014 The governor said the floods in southern Ohio had killed 12 people."))
                .isEqualTo("Ohio, United States");
        assertThat(anchor("More rain falls on flooded southern Ohio",
                "TOLEDO, Ohio (WXYZ) -- Storms hit the disaster areas of southern Ohio again, and the toll rose to 14."))
                .isEqualTo("Ohio, United States");
        // a capitalized compass word is a part of the region's name, not a person's first name before it
        assertThat(anchor("Deaths rise as flooding devastates parts of Southern Ohio",
                "COLUMBUS, Ohio \u2014 The toll of the floods in Southern Ohio now stands at 12."))
                .isEqualTo("Ohio, United States");
        assertThat(anchor("Flooding devastates parts of Southern Ohio", "The toll of the floods in Southern Ohio now stands at 12."))
                .isEqualTo("Ohio, United States");
        // the lede's event is at the dateline city: it stays
        assertThat(anchor("Floods hit Ohio", "COLUMBUS, Ohio \u2014 Floodwaters swept through Columbus overnight, killing 3."))
                .isEqualTo("Columbus, Ohio, United States");
        // a point event (a collapse) is where the dateline town is, whatever county the lede names around it
        assertThat(anchor("Ohio bridge collapse kills 4", "TOLEDO, Ohio \u2014 A bridge in Lucas County gave way on Monday."))
                .startsWith("Toledo");
    }

    @Test
    void aSpacedStateAbbreviationInADatelineIsTheState() {
        // "W. Va." and "W.Va." are one state: a town no gazetteer knows is placed in it either way
        assertThat(anchor("Mine blast toll rises", "KARSKVILLE, W. Va. - Rescuers reached the last of the missing miners."))
                .isEqualTo("Karskville, West Virginia, United States");
        assertThat(anchor("Mine blast toll rises", "KARSKVILLE, W.Va. -- Rescuers reached the last of the missing miners."))
                .isEqualTo("Karskville, West Virginia, United States");
        // "West Virginia Mine Disaster" names the state's mine, no site called "Virginia Mine"
        assertThat(anchor("No Survivors Found After West Virginia Mine Disaster", "KARSKVILLE, W. Va. - Rescuers found no survivors."))
                .isEqualTo("Karskville, West Virginia, United States");
        assertThat(anchor("Storm toll rises", "PORT EMMETT, N. C. (AP) \u2014 Crews cleared the roads."))
                .isEqualTo("Port Emmett, North Carolina, United States");
        // a local paper's postal code ("DAYTON, OH —") is the state too, so the town is the gazetteer's, not an unknown "Dayton, OH"
        assertThat(anchor("Storm toll rises", "KARSKVILLE, OH \u2014 Crews cleared the roads."))
                .isEqualTo("Karskville, Ohio, United States");
        assertThat(anchor("Storm toll rises", "TOLEDO, OH \u2014 Crews cleared the roads.")).isEqualTo("Toledo, Ohio, United States");
    }

    @Test
    void aHeadlineSiteLiesInTheTownTheLedePlacesItInEvenWhenNoGazetteerKnowsTheTown() {
        // "the mine in Brannock, West Virginia": the town before the state is where the site is, so the
        // outlet that names the site and the one datelined from the town meet (figures/KeyJoin)
        assertThat(anchor("Karsk Colliery Explosion Kills 12 Miners",
                "Officials said 12 people were killed by an explosion on Monday at the Karsk colliery in Brannock, West Virginia."))
                .isEqualTo("Karsk Colliery, Brannock, West Virginia, United States");
        // no town before the state: the site stays in the state
        assertThat(anchor("Karsk Colliery Explosion Kills 12 Miners",
                "Officials said 12 people were killed by an explosion on Monday at a colliery in West Virginia."))
                .isEqualTo("Karsk Colliery, West Virginia, United States");
    }

    @Test
    void theScopeOfASuperlativeIsNoPlaceOfTheFigures() {
        // "one of Europe's worst": what the event is compared over, not where its dead are
        assertThat(metrics("Karsk, Valdoria", "The fire, one of Europe's worst in decades, killed 72 people."))
                .containsExactly("killed/karsk");
        assertThat(metrics("Karsk, Valdoria", "At least 72 people died in what became one of Europe\u2019s deadliest fires."))
                .containsExactly("killed/karsk");
        // a possessive that is no superlative's still places the figure
        assertThat(metrics("Karsk, Valdoria", "Floods in Europe's north killed 72 people.")).containsExactly("killed/europe");
    }

    @Test
    void aHeadlineSiteInTheHeadlinesCountryIsTheAnchor() {
        // "Valdoria's Karsk Peninsula quake": the country only places the site the event is named after
        assertThat(anchor("Japan's Harlow Peninsula Quake Death Toll Exceeds 200",
                "The death toll climbed to 202 on Tuesday, according to the prefectural government."))
                .isEqualTo("Harlow Peninsula, Japan");
        // a known place before the event noun is no site: the country's dam, the country's quake
        assertThat(anchor("Brazil dam collapse: toll rises to 40", "Rescuers searched the mud on Sunday."))
                .isEqualTo("Brazil");
    }

    @Test
    void aListedPlaceBeforeALandformIsThatLandformNotThePlace() {
        // "Noto Peninsula" is the peninsula the site-anchored story is about, not a place "Noto" beside it
        assertThat(metrics("Noto Peninsula, Ishikawa, Japan", "The death toll reached 41 in the Noto Peninsula on Friday."))
                .containsExactly("killed/noto-peninsula");
        // the listed place alone is still that place
        assertThat(metrics("Karsk, Valdoria", "The death toll reached 41 in Noto on Friday.")).containsExactly("killed/noto");
    }

    @Test
    void aDatelineQualifierMayBeAnAliasOfTheCountry() {
        assertThat(anchor("Rescuers search rubble", "ANTAKYA, T\u00fcrkiye (AA) \u2014 Crews pulled 12 people from the rubble."))
                .isEqualTo("Antakya, Hatay, Turkey");
    }

    @Test
    void aSiteNamedBeforeAnEventNounInTheHeadlineIsTheAnchor() {
        assertThat(anchor("Harlow Quay fire: toll rises to 12", "Firefighters worked through the night.")).isEqualTo("Harlow Quay");
        assertThat(anchor("Karsk mine blast toll rises", "Rescuers worked through the night.")).isEqualTo("Karsk");
        assertThat(anchor("Powerful earthquake strikes before dawn", "Rescuers worked through the night.")).isNull();
        assertThat(anchor("Toll stands at 12", "The number of the Harlow Quay fire victims stands at 12.")).isEqualTo("Harlow Quay");
    }

    @Test
    void aClaimAtTheAnchorAroundItOrNowhereIsOnTheAnchorsKey() {
        String karsk = "Karsk, Valdoria";
        assertThat(metrics(karsk, "The explosion killed 14 miners.")).containsExactly("killed/karsk");
        assertThat(metrics(karsk, "Rescuers in Karsk said 14 workers had died.")).containsExactly("killed/karsk");
        assertThat(metrics(karsk, "Across Valdoria, 14 people have died in the blast.")).containsExactly("killed/karsk");
        GeoPlace antakya = ex.gazetteer().anchor("Antakya, Hatay, Turkey");
        assertThat(metrics(antakya.path(), "The quake killed 900 people in Turkey, officials said.")).containsExactly("killed/antakya");
        assertThat(metrics(antakya.path(), "In Hatay province, 900 people have died.")).containsExactly("killed/antakya");
    }

    @Test
    void aClaimAtAPlaceContainingTheAnchorReportsTheAnchorAsItsLocation() {
        ArticleContext ctx = new ArticleContext("t", null, null, null, null, "Karsk, Valdoria");
        assertThat(ex.extract("Across Valdoria, 14 people have died in the blast.", 1, ctx)).singleElement()
                .satisfies(c -> assertThat(c.location()).isEqualTo("Karsk, Valdoria"));
        assertThat(ex.extract("Floods in Ankara injured 30 people.", 1, ctx)).singleElement()
                .satisfies(c -> assertThat(c.location()).isEqualTo("Ankara"));
    }

    @Test
    void aClaimElsewhereGetsItsOwnKey() {
        assertThat(metrics("Antakya, Hatay, Turkey", "In neighbouring Gaziantep, 30 people were injured.")).containsExactly("injured/gaziantep");
        assertThat(metrics("Karsk, Valdoria", "Floods in Ankara injured 30 people.")).containsExactly("injured/ankara");
    }

    @Test
    void concurrentEventsInTwoTownsOfOneCountryNeverShareAKey() {
        String karsk = anchor("Colliery blast kills 14", "KARSK, Valdoria \u2014 A gas explosion killed 14 miners.");
        String emmet = anchor("Floods kill 30", "PORT EMMET, Valdoria (Reuters) \u2014 Floods killed 30 people.");
        String paragraph = "Officials in Valdoria said 14 people had died.";
        assertThat(metrics(karsk, paragraph)).containsExactly("killed/karsk");
        assertThat(metrics(emmet, paragraph)).containsExactly("killed/port-emmet");
    }

    @Test
    void subjectWordsOfTheVictimsAreNoKeyPartButBreakdownGroupsAre() {
        assertThat(metrics("Karsk, Valdoria", "The blast killed 14 miners. Another report said 14 workers died."))
                .containsOnly("killed/karsk");
        assertThat(metrics("Karsk, Valdoria", "The blast killed 14 people, including 3 children."))
                .contains("killed/karsk").anyMatch(m -> m.contains("children"));
    }

    @Test
    void aSiteTheLedeNamesRefinesTheHeadlineTownSoOutletsMeetOnTheSite() {
        String byTown = anchor("Ankara fire death toll rises to 17", "The death toll at Harlow Tower has risen to 17, police said.");
        assertThat(byTown).isEqualTo("Harlow Tower, Ankara, Turkey");
        String bySite = anchor("Harlow Tower fire: toll rises to 30", "At least 30 people have died, police said.");
        assertThat(metrics(byTown, "At least 17 people died in the fire.")).containsExactly("killed/harlow-tower");
        assertThat(metrics(bySite, "At least 30 people died in the fire.")).containsExactly("killed/harlow-tower");
        assertThat(anchor("Ankara blast toll rises to 9", "Nine miners died in the Harlow Colliery, officials said."))
                .isEqualTo("Harlow Colliery, Ankara, Turkey");
        // a facility named later in the lede is where victims went, not where it happened
        assertThat(anchor("Ankara fire death toll rises to 17", "At least 17 people died, police said.",
                "The injured were taken to Gazi Hospital.")).isEqualTo("Ankara, Turkey");
    }

    @Test
    void aStateInTheHeadlineGivesWayToATownOfItThatTheLedeNames() {
        assertThat(anchor("Illinois tornado toll rises to 9", "The tornado flattened homes in Peoria on Monday."))
                .isEqualTo("Peoria, Illinois, United States");
        assertThat(anchor("Illinois tornado toll rises to 9", "The tornado flattened homes in Ankara on Monday."))
                .isEqualTo("Illinois, United States");
    }

    @Test
    void aSiteInAPlaceTheSentenceNamesIsTheSite() {
        String site = anchor("Ankara fire death toll rises to 17", "The death toll at Harlow Tower has risen to 17, police said.");
        assertThat(metrics(site, "Six people died after a fire destroyed Harlow Tower in north Cankaya, Ankara."))
                .containsExactly("killed/harlow-tower");
    }

    @Test
    void aPlaceListedWithTheAnchorGivesTheEventWideFigureOnTheAnchorsKey() {
        assertThat(metrics("Turkey", "Turkey, Syria earthquake death toll surpasses 15,000")).containsExactly("killed/turkey");
        assertThat(metrics("Turkey", "The toll of the quakes that hit southern Turkey and northern Syria rose to 33,179."))
                .containsExactly("killed/turkey");
        // a figure the text places in the other country alone is that country's breakdown key
        assertThat(metrics("Turkey", "In Syria, 5,714 people have died.")).containsExactly("killed/syria");
    }

    @Test
    void theAnchorAnywhereInAListOfThreeOrMorePlacesGivesTheEventWideFigureOnItsKey() {
        // "in Valdoria, Nortavia and Keldmark" with real countries: the anchor first, in the middle or last
        assertThat(metrics("Kenya", "The death toll from the storm in Kenya, Uganda and Tanzania has climbed to 212."))
                .containsExactly("killed/kenya");
        assertThat(metrics("Kenya", "The toll of the floods across Uganda, Kenya and Tanzania rose to 212.")).containsExactly("killed/kenya");
        assertThat(metrics("Kenya", "The death toll from the storm in Uganda, Tanzania and Kenya has climbed to 212."))
                .containsExactly("killed/kenya");
        // near miss: a list that leaves the anchor out is no event-wide figure of it
        assertThat(metrics("Kenya", "The death toll from the storm in Uganda and Tanzania has climbed to 40."))
                .doesNotContain("killed/kenya");
    }

    @Test
    void aCapitalizedPrepositionInATitleCaseHeadlineIsNoWordOfALongerName() {
        // title case capitalizes "In": the town after it is the headline's place, not a word of a name,
        // and a state's name after the town's possessive is a part of the town ("Tacoma's Idaho District")
        assertThat(anchor("Gunman Kills 5 In Tacoma's Idaho District", "Police said five people died and 12 were hurt."))
                .isEqualTo("Tacoma, Washington, United States");
        assertThat(metrics("Tacoma, Washington, United States", "A gunman in Tacoma's Idaho District killed five people."))
                .containsExactly("killed/tacoma");
        assertThat(metrics("Ohio, United States", "A gunman in Tacoma's Idaho District killed five people."))
                .containsExactly("killed/tacoma");
        assertThat(metrics("Karsk", "A gunman in Karsk's Idaho District killed five people.")).containsExactly("killed/karsk");
        // near misses: a capitalized word that is no preposition still makes a longer name of the place after it,
        // a place inside the town stays the place ("Istanbul's Fatih district"), and so does one after a country's possessive
        assertThat(anchor("Crash Kills Mayor Victoria King", "KARSK \u2014 The mayor died on Monday.")).isEqualTo("Karsk");
        assertThat(metrics("Turkey", "A fire in Istanbul's Fatih district killed five people.")).containsExactly("killed/fatih");
        assertThat(metrics("Sudan", "Fighting in Sudan's Gezira state killed 40 people.")).containsExactly("killed/gezira");
    }

    @Test
    void aPlaceAfterALaterFigurePlacesThatFigureNotThisOne() {
        assertThat(metrics("Nepal", "A total of 5,489 people died in the 7.8-magnitude quake, while more than 100 others "
                + "were killed in neighbouring India.")).containsExactly("killed/nepal", "killed/india");
    }

    @Test
    void aPlaceTheEventLiesAwayFromIsAReferencePointNotThePlaceOfItsFigures() {
        assertThat(metrics("Turkey", "The quake, which struck 70 kilometres north-east of Adana, killed 312 people."))
                .containsExactly("killed/turkey");
        assertThat(metrics("Turkey", "The 6.4-magnitude quake struck southwest of the city of Konya on Friday and has killed 88 people."))
                .containsExactly("killed/turkey");
        assertThat(metrics("Turkey", "The landslide buried a village 40 miles from Trabzon, killing 19 people."))
                .containsExactly("killed/turkey");
        // a region of a place ("in the north-east of Syria") and a plain preposition still place the figure
        assertThat(metrics("Turkey", "In the north-east of Syria, 40 people died.")).containsExactly("killed/syria");
        assertThat(metrics("Turkey", "The quake killed 40 people in Konya.")).containsExactly("killed/konya");
    }

    @Test
    void aNamesakeInACountryTheArticleNeverNamesIsPlacedInTheCountryItDoesName() {
        // GeoNames knows a Mati of 106,000 in the Philippines and a Mena in Ukraine; the stories name Greece and Mecca
        assertThat(anchor("Wildfire death toll in Mati rises to 60", "Firefighters in Greece searched burned homes in Mati on Tuesday."))
                .isEqualTo("Mati, Greece");
        assertThat(anchor("Stampede at Mena kills 40 pilgrims", "A stampede at Mena, outside the holy city of Mecca, killed 40 pilgrims."))
                .isEqualTo("Mena, Saudi Arabia");
        // a name that is a word of the named country's own name is that country ("S.Leone")
        assertThat(anchor("Floods kill 12 in Leone", "Rescuers in Sierra Leone searched for survivors.")).isEqualTo("Sierra Leone");
        // the town's own country named anywhere, a qualified dateline, or the people's origin only: the town stands
        assertThat(anchor("Wildfire death toll in Mati rises to 60", "Firefighters in the Philippines and Greece searched homes."))
                .startsWith("Mati, Davao");
        assertThat(anchor("Fire kills 9", "MATI, Philippines (AP) \u2014 A fire near the border with Greece killed 9."))
                .startsWith("Mati, Davao");
        assertThat(anchor("Boat capsizes off Mati", "Migrants from Greece drowned when their boat capsized off Mati."))
                .startsWith("Mati, Davao");
        // a large city is never someone's namesake
        assertThat(anchor("Fire kills 9 in Bahawalpur", "Firefighters from Spain joined the search.")).startsWith("Bahawalpur");
    }

    @Test
    void aBureauDatelineOverAnArealEventTheLedePlacesNowhereIsItsCountry() {
        assertThat(anchor("Death toll from monsoon floods reaches 238",
                "ISLAMABAD: The disaster authority reported 35 more deaths in the past 24 hours across the country.")).isEqualTo("Pakistan");
        // a point event, or floods the lede places in the city itself, stay at the dateline
        assertThat(anchor("Blast kills 20", "ISLAMABAD: A bomb went off outside a market on Monday.")).startsWith("Islamabad");
        assertThat(anchor("Floods kill 12", "ISLAMABAD: Floods in Islamabad killed 12 people on Monday.")).startsWith("Islamabad");
    }

    @Test
    void aLedeThatBreaksAFigureDownOverThreeProvincesOfOneCountryIsAboutTheCountry() {
        assertThat(anchor("At least 1,696 people died in recent floods",
                "A total of 759 people died in Sindh, 308 in Khyber Pakhtunkhwa, 336 in Balochistan and 221 in Punjab."))
                .isEqualTo("Pakistan");
        // two provinces are two places of one event, not yet the country
        assertThat(anchor("Floods kill 30", "Floods killed 20 people in Sindh and 10 in Sindh's neighbour Balochistan, in Sindh's worst week."))
                .startsWith("Sindh");
    }

    @Test
    void aTranscriptsSpeakerLabelIsNoDatelineAndAStripIsAPlaceNoun() {
        assertThat(anchor("At least 20 dead at concert", "ANNOUNCER: This is breaking news.",
                "At least 20 people are dead after a gunman opened fire at a concert in Las Vegas.")).startsWith("Las Vegas");
        assertThat(anchor("More than 50 dead in shooting on Las Vegas Strip", "A gunman opened fire on a festival crowd."))
                .startsWith("Las Vegas");
    }

    @Test
    void withNoPlaceNamedAnywhereTheHeadlinesNationalityNamesTheCountry() {
        assertThat(anchor("Kenyan mall siege enters third day", "Gunmen still hold hostages inside the complex.")).isEqualTo("Kenya");
        assertThat(anchor("S. Korea police admit failures over crush", "The disaster left 156 people dead.")).isEqualTo("South Korea");
        // a nationality that is not the event's is no place of it
        assertThat(anchor("Ebola toll rises but Cuban doctor is stable", "The toll rose to 5,459, the agency said.")).isNull();
        // a place named anywhere wins over a nationality
        assertThat(anchor("Kenyan runners killed in crash", "The bus overturned near Arusha, Tanzania.")).contains("Tanzania");
    }

    @Test
    void aBareDatelineTownIsPlacedInTheRegionTheLedeNamesSoRegionClaimsMeetOnItsKey() {
        String karsk = anchor("Floods kill 5", "KARSK \u2014 At least 5 people were killed in the floods in Vestland county on Monday.");
        assertThat(karsk).isEqualTo("Karsk, Vestland, Norway");
        assertThat(metrics(karsk, "In Vestland county, the emergency agency said 5 people had died.")).containsExactly("killed/karsk");
        assertThat(metrics(karsk, "Across Norway, 5 people have died in the floods.")).containsExactly("killed/karsk");
        assertThat(metrics(karsk, "In Nordland county, 3 people have died in the floods.")).containsExactly("killed/nordland");
    }

    @Test
    void aSmallDatelineTownInTheHeadlinesCountryPlacesAPointEventButNotAnArealOne() {
        // a dam, a train or a building fails at one place: the town the reporter files from is that place
        assertThat(anchor("Brazil dam collapse: toll rises to 40", "PARACATU, Brazil (AP) \u2014 Rescuers searched the mud on Sunday."))
                .isEqualTo("Paracatu, Minas Gerais, Brazil");
        assertThat(anchor("India train crash kills 30", "SHIMLA, India (Reuters) \u2014 Two trains collided before dawn."))
                .isEqualTo("Shimla, Himachal Pradesh, India");
        // floods and quakes cover a country: one town's dateline is one of many affected places
        assertThat(anchor("Brazil floods: toll rises to 40", "PARACATU, Brazil (AP) \u2014 Rescuers searched the mud on Sunday."))
                .isEqualTo("Brazil");
        // a bureau city files about the whole country
        assertThat(anchor("Brazil dam collapse: toll rises to 40", "SAO PAULO, Brazil (AP) \u2014 Rescuers searched the mud on Sunday."))
                .isEqualTo("Brazil");
    }

    @Test
    void aPlaceOfTheHeadlinesCountryThatTheLedeSitesAPointEventInIsTheAnchor() {
        assertThat(anchor("Brazil dam collapse death toll rises to 60",
                "Firefighters in the state of Minas Gerais have confirmed 60 people dead after a dam broke."))
                .isEqualTo("Minas Gerais, Brazil");
        assertThat(anchor("Brazil dam collapse death toll rises to 60",
                "A tailings dam broke in Paracatu, in southeast Brazil's Minas Gerais state, on Friday."))
                .isEqualTo("Paracatu, Minas Gerais, Brazil");
        // two places of the country that do not contain one another: which one the event is at is not said
        assertThat(anchor("India bus crashes kill 23",
                "A bus fell into a gorge in Himachal Pradesh, and another overturned in Kerala."))
                .isEqualTo("India");
        // where the victims came from is no place of the event
        assertThat(anchor("Brazil dam collapse death toll rises to 60", "Many of the dead were miners from Minas Gerais."))
                .isEqualTo("Brazil");
        assertThat(anchor("Brazil floods: death toll rises to 60", "Rivers burst their banks in the state of Minas Gerais."))
                .isEqualTo("Brazil");
    }

    @Test
    void aPlaceCalledTheCityOrTownOfXInAPointEventsLedeIsItsSite() {
        // "the <adjectives> city of X": the place noun names the site, whatever describes it
        assertThat(anchor("Spain train crash: toll rises to 40",
                "A train derailed on the outskirts of the northern Spanish city of Lugo on Wednesday."))
                .isEqualTo("Lugo, Galicia, Spain");
        assertThat(anchor("Brazil dam collapse kills 12", "A dam burst above the small mining town of Paracatu overnight."))
                .isEqualTo("Paracatu, Minas Gerais, Brazil");
        // where the victims came from still is not
        assertThat(anchor("Brazil dam collapse kills 12", "Many of the dead came from the mining town of Paracatu."))
                .isEqualTo("Brazil");
    }

    @Test
    void aNationalityAdjectiveIsNoPlaceEvenWhereATownHasItsName() {
        // "Spanish" is also a town in Canada: the train crash stays in Spain
        assertThat(anchor("Spanish train crash: driver questioned", "The driver of the train that derailed in north-western Spain "
                + "was questioned on Sunday.", "He has worked for Spanish state railways for 30 years.")).isEqualTo("Spain");
        assertThat(metrics("Spain", "The Spanish rail operator said 78 people had died.")).containsExactly("killed/spain");
    }

    @Test
    void aHolidayAnAgencysNameOrAnIdiomIsNoSite() {
        assertThat(anchor("Gunman Opens Fire on Valdoria Concert", "Rescuers worked through the night.")).isNull();
        assertThat(anchor("Police admit failings over Halloween tragedy", "Rescuers worked through the night.")).isNull();
        assertThat(anchor("Floods kill 30", "The National Disaster Management Authority said 30 people had died.")).isNull();
        // a nationality adjective before the event noun names whose event it is, not a site: the country
        assertThat(anchor("Death toll rises in German floods", "Rescuers worked through the night.")).isEqualTo("Germany");
        assertThat(anchor("Harlow Quay fire: toll rises to 12", "Firefighters worked through the night.")).isEqualTo("Harlow Quay");
    }

    @Test
    void aHeadlinesJudgementOfTheEventIsNoPartOfItsSite() {
        // an adjective a headline weighs the event with opens no site name: the site is the place after it
        assertThat(anchor("Horrific Harlow Quay fire: toll rises to 12", "Firefighters worked through the night.")).isEqualTo("Harlow Quay");
        assertThat(anchor("Tragic Karsk mine blast: 9 dead", "Rescuers worked through the night.")).isEqualTo("Karsk");
        assertThat(anchor("Devastating Brennick flood leaves 40 dead", "Rescuers worked through the night.")).isEqualTo("Brennick");
        // a site that merely starts with a capitalized word stays whole
        assertThat(anchor("Old Harlow Quay fire: toll rises to 12", "Firefighters worked through the night.")).isEqualTo("Old Harlow Quay");
    }

    @Test
    void whereAFlightSetOffForItsDestinationIsNoPlaceOfItsFigures() {
        // "took off for Karsk from London", "flew to Karsk from London": the destination, then where the trip began
        assertThat(metrics("Karsk", "An aircraft that took off for Karsk from London crashed at noon, killing all 72 people on board."))
                .containsExactly("killed/karsk");
        assertThat(metrics("Karsk", "The aircraft that flew to Karsk from London crashed, and 32 bodies have been recovered."))
                .containsExactly("killed/karsk");
        // the trip's order the other way round was already read as one: "from London to Karsk"
        assertThat(metrics("Karsk", "Migrants travelling from London to Karsk drowned, and 30 bodies have been recovered."))
                .containsExactly("killed/karsk");
        // a figure whose own place follows "from" with no destination before it keeps that place
        assertThat(metrics("Karsk", "Officials said 12 people were evacuated from London.")).doesNotContain("evacuated/karsk");
    }

    @Test
    void theTownsOfABreakdownDoNotPlaceTheParagraphsNextFigures() {
        // "991 destroyed, including 553 in Bergen and 332 in Oslo. Three people are missing.": the parts are placed, the next total is the event's
        assertThat(metrics("Karsk", "Officials said 991 homes were destroyed, including 553 homes in Bergen and 332 homes in Oslo. "
                + "Additionally, three people are considered missing.")).contains("missing/karsk").doesNotContain("missing/oslo");
        // a place a current figure names still carries to the sentences after it
        assertThat(metrics("Karsk", "Floods killed 12 people in Oslo on Monday. Another three people are missing."))
                .contains("missing/oslo");
    }

    @Test
    void aTitleCaseHeadlinesEventWordsAreNoSite() {
        // "Mass Shooting", "Parade Shooting": words of the event in a title-case headline, not the name of a site in the town
        assertThat(anchor("7th Person Dies Day After Karsk Parade Mass Shooting",
                "KARSK \u2014 A seventh person died on Tuesday after the shooting at the town's parade.")).isEqualTo("Karsk");
        assertThat(anchor("Toll Rises in Karsk Parade Shooting", "KARSK \u2014 Officials said seven people had died.")).isEqualTo("Karsk");
    }

    @Test
    void anEventNounInsideABodysNameMakesNoSite() {
        // "Disaster Management Authority", "Flood Relief Agency": the event noun opens an agency's name; the word before it is no site
        assertThat(anchor("Quake toll rises", "A spokesman for the Natural Disaster Management Authority said 300 people had died."))
                .isNull();
        assertThat(anchor("Floods kill 30", "The Coastal Flood Relief Agency said 30 people had died.")).isNull();
        assertThat(anchor("Blaze toll rises", "Brennick Fire Service said four people had died.")).isNull();
        // an event noun followed by a capitalized word that names no body is still the site's event (title case)
        assertThat(anchor("Harlow Quay Fire Kills 12", "Firefighters worked through the night.")).isEqualTo("Harlow Quay");
        assertThat(anchor("Harlow Quay Fire Toll Rises to 12", "Firefighters worked through the night.")).isEqualTo("Harlow Quay");
    }

    @Test
    void theOriginOfAFlightOrAnyTripIsNoPlaceOfItsFigures() {
        // "the flight from Oslo to Karsk crashed": where the vehicle set off is no place of the toll
        assertThat(metrics("Karsk", "At least 17 people were killed after the flight from Oslo to Karsk crashed on landing."))
                .containsExactly("killed/karsk");
        assertThat(metrics("Karsk", "Nine people died when a bus from Bergen overturned on the pass."))
                .containsExactly("killed/karsk");
        // "evacuated from" is still where the people were
        assertThat(metrics("Karsk", "Officials said 12 people were evacuated from Bergen.")).doesNotContain("evacuated/karsk");
    }

    @Test
    void aRouteBeforeATripNounIsNoAnchor() {
        // "Oslo-Bergen flight", "Oslo-Bergen Nordic Air flight": the route's ends are no place of the event
        assertThat(anchor("Two killed after Oslo-Bergen flight crashes", "The aircraft crashed on landing in Stavanger on Friday."))
                .isEqualTo("Stavanger, Rogaland, Norway");
        assertThat(anchor("Two killed after Oslo-Bergen Nordic Express flight crashes",
                "The aircraft crashed on landing in Stavanger on Friday.")).isEqualTo("Stavanger, Rogaland, Norway");
        // two places joined with no trip noun after them are still the event's: a two-country quake
        assertThat(anchor("Turkey-Syria earthquake toll rises", "Rescuers worked through the night.")).isEqualTo("Turkey");
    }

    @Test
    void aPlaceInACarriersNameIsNoPlace() {
        // "Air India", "Jeju Air", "Qatar Airways": the airline's name says nothing of where its aircraft crashed
        assertThat(metrics("Stavanger", "An Air Sweden flight crashed on landing, killing 40 people.")).containsExactly("killed/stavanger");
        assertThat(metrics("Stavanger", "A Sweden Airways jet crashed on landing, killing 40 people.")).containsExactly("killed/stavanger");
        assertThat(anchor("17 killed as Air Sweden flight crashes", "The aircraft crashed on landing in Stavanger."))
                .isEqualTo("Stavanger, Rogaland, Norway");
        // an air force or an air base is no carrier: its country stays
        assertThat(metrics(null, "The Sweden Air Force said 40 people were killed.")).containsExactly("killed/sweden");
    }

    @Test
    void theEndOfARouteIsNoSite() {
        // "Oslo-Karsk Plane Crash": the name after the route's dash is no site; the dateline stands
        assertThat(anchor("Oslo-Karsk Plane Crash: 14 Dead", "KARSK \u2014 Rescuers worked through the night."))
                .isEqualTo("Karsk");
    }
}
