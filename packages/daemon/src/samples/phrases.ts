// Hand-written sample texts for the demo and the benchmarks, in several languages. None
// comes from a real person or a data set. The "hostile" lines are deliberately mild
// stand-ins for what the analyzer must flag; they name no real group.

export const everydayPhrases: Readonly<Record<string, readonly string[]>> = {
  en: [
    'The farmers market on {place} was packed this morning, great peaches this year',
    'Anyone know why the {line} train is delayed again? Third time this week',
    'Our library is hosting a free coding workshop for kids on Saturday',
    'Beautiful sunset over the bay tonight, the fog finally lifted',
    'City council votes on the new bike lanes next Tuesday, come and speak up',
    'Lost cat near {place}, grey with a white paw, please share',
    'The new bakery downtown makes the best sourdough I have had in years',
    'Volunteers needed for the beach clean-up this weekend, gloves provided',
  ],
  es: [
    'El mercado del barrio estaba lleno hoy, las fresas están buenísimas',
    '¿Alguien sabe por qué el metro de la línea {line} va con retraso otra vez?',
    'Mañana hay concierto gratis en la plaza, ¡no os lo perdáis!',
    'Se busca voluntarios para limpiar el parque este sábado',
  ],
  fr: [
    'Le marché du quartier était plein ce matin, les pêches sont excellentes',
    'Quelqu’un sait pourquoi la ligne {line} est encore en retard ?',
    'Concert gratuit ce soir sur la place, venez nombreux',
    'La bibliothèque organise un atelier de lecture pour les enfants samedi',
  ],
  de: [
    'Der Wochenmarkt war heute voll, die Pfirsiche sind dieses Jahr super',
    'Weiß jemand, warum die Linie {line} schon wieder Verspätung hat?',
    'Am Samstag gibt es ein kostenloses Konzert im Park',
  ],
  da: [
    'Torvehallerne var fyldt i morges, jordbærrene er fantastiske i år',
    'Er der nogen der ved hvorfor linje {line} er forsinket igen?',
    'Gratis koncert i parken på lørdag, alle er velkomne',
  ],
  pt: [
    'A feira do bairro estava cheia hoje de manhã, os pêssegos estão ótimos',
    'Alguém sabe por que a linha {line} está atrasada de novo?',
    'Concerto grátis na praça amanhã à noite, apareçam',
  ],
};

/** Insulting but not threatening: what the analyzer should score as offensive. */
export const offensivePhrases: readonly string[] = [
  'The people running {place} council are complete idiots and total morons',
  'Shut up you stupid clown, nobody cares about your garbage opinion',
  'What a pathetic loser, go back to your basement you idiot',
];

/** Threats of violence: what the analyzer should raise to high or critical severity. */
export const threatPhrases: readonly string[] = [
  'I know where you live and I will hurt you and your family tonight',
  'Someone should burn down the community centre on {place} and kill them all',
  'We will find every one of them and beat them until they leave this city',
];

/** The coordinated campaign: one template, small edits at each city. */
export const campaignTemplate =
  'They are flooding into {city} and taking everything, wake up and drive them out before it is too late #TakeBack{cityTag} #WakeUp';

export const hashtagsByTopic: readonly string[] = ['#community', '#transit', '#weekend', '#localnews', '#volunteer', '#music', '#food'];
