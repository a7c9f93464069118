package dk.spirekassen.demo;

import java.util.Map;

import dk.spirekassen.accounts.AccountManagement;
import dk.spirekassen.news.NewsDetails;
import dk.spirekassen.news.NewsManagement;
import dk.spirekassen.news.NewsVisibility;
import dk.spirekassen.projects.Viewer;

/**
 * The secretariat's news and two project updates, oldest first, as the association would have written them around
 * the spring 2023 development days and the finished 2022 projects.
 */
final class NewsDemoData {

	private final NewsManagement news;

	private final AccountManagement accounts;

	NewsDemoData(NewsManagement news, AccountManagement accounts) {
		this.news = news;
		this.accounts = accounts;
	}

	void load(Map<String, Long> projects) {
		var account = accounts.accounts()
			.stream()
			.filter(a -> a.email().equals("sekretariat@spirekassen.dk"))
			.findFirst()
			.orElseThrow();
		var secretariat = new Viewer(account.id(), account.displayName(), account.role(), null, null);
		news.publish(post("Værktøjskassen om elbilsopladning er klar", """
				Projektet **Elbilsopladning i almene boligafdelinger** er afsluttet. Det efterlader en værktøjskasse, \
				som alle boligorganisationer kan bruge:

				- en juridisk vejledning om ladestandere i almene afdelinger
				- et spørgeskema til at afdække beboernes behov
				- et regneark til ladetider
				- et kravkatalog til udbud

				Find filerne på projektets side under Resultater.""", NewsVisibility.PUBLIC), secretariat);
		news.publishUpdate(projects.get(ProjectDemoData.EV_CHARGING_TITLE), post("Kravkataloget er opdateret", """
				Kravkataloget tager nu højde for de nye regler om opladning i fællesarealer. Tak til de afdelinger, \
				der gav os erfaringer fra deres udbud.""", NewsVisibility.PUBLIC), secretariat);
		news.publish(post("163 deltog i forårets udviklingsdage", """
				Fire udviklingsdage i Jylland og på Sjælland samlede 163 deltagere: 48 % fra den almene sektor og \
				52 % udefra. Sammen dannede de **21 projektgrupper med 132 aktører** om temaerne *Levende \
				lokalsamfund forebygger ensomhed* og *Eksisterende boligområder imødekommer fremtidens behov*.""",
				NewsVisibility.PUBLIC), secretariat);
		news.publishUpdate(projects.get(ProjectDemoData.BIODIVERSITY_TITLE), post("Erfaringer fra tre afdelinger", """
				Tre afdelinger har nu et års erfaring med vilde blomsterenge i stedet for græsplæner. Beboerne tog \
				godt imod dem, og plejen koster mindre end før.""", NewsVisibility.PUBLIC), secretariat);
		news.publish(post("Indkaldelse til medlemsmøde", """
				Medlemsorganisationerne indkaldes til medlemsmøde, hvor bestyrelsen fremlægger planen for \
				næste års udviklingsdage. Dagsorden og materiale kommer her.""", NewsVisibility.MEMBERS), secretariat);
		news.publish(post("Spirekassen åbner for partnere udefra", """
				Rådgivere, forskere, civilsamfund, fonde og ildsjæle kan nu selv blive partnere i Spirekassen: \
				vælg *Bliv partner*, fortæl hvad I kan bidrage med, og find projekter, der har brug for jer.""",
				NewsVisibility.PUBLIC), secretariat);
	}

	private static NewsDetails post(String title, String body, NewsVisibility visibility) {
		return new NewsDetails(title, body, visibility, null, null, false);
	}
}
